/** Progress on one line when run in a terminal, every tenth otherwise. */
export function progress(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return (done: number) => {
    const tenth = Math.floor((done / total) * 10);
    if (tty) {
      const bar = '#'.repeat(tenth * 3).padEnd(30, '.');
      process.stderr.write(`\r${label} [${bar}] ${done}/${total}${done === total ? '\n' : ''}`);
    } else if (tenth !== lastTenth || done === total) {
      lastTenth = tenth;
      process.stderr.write(`${label}: ${done}/${total}\n`);
    }
  };
}
