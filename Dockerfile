# The API and the worker share one image; docker-compose.yml picks the entry point.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The letter templates: read at start (or an office's own, LETTER_TEMPLATES_DIR).
COPY --from=build /app/libs/letters/templates ./libs/letters/templates
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
