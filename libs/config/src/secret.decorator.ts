const SECRET_KEYS = Symbol('secretKeys');

/** Marks a configuration field as secret: its value is never echoed in errors or logs. */
export function Secret(): PropertyDecorator {
  return (target, key) => {
    const ctor = target.constructor as { [SECRET_KEYS]?: Set<string | symbol> };
    ctor[SECRET_KEYS] = new Set([...(ctor[SECRET_KEYS] ?? []), key]);
  };
}

export function isSecret(ctor: object, key: string): boolean {
  return (ctor as { [SECRET_KEYS]?: Set<string | symbol> })[SECRET_KEYS]?.has(key) ?? false;
}
