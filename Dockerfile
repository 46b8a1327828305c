# syntax=docker/dockerfile:1
# Bala as a service: the Telegram and/or Discord bot with its HTTP endpoints (/healthz, /readyz, /metrics).
# Build:  docker build -t bala .
# Run:    docker run -e TELEGRAM_BOT_TOKEN=... -v bala-data:/data -p 8080:8080 bala
# Linted by tests/ops/dockerfile.test.ts; built and run with podman by `npm run test:image` (tests/image/).

# ── build: compilers for better-sqlite3's native addon, all dependencies, the TypeScript build ──────────────
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app

COPY package.json package-lock.json ./
# --ignore-scripts: `npm ci` would run the `prepare` script (the build) before the sources are here.
RUN npm ci --ignore-scripts --no-audit --no-fund
# The one dependency with an install script, better-sqlite3, built on its own and from source: the lock
# file pins its source tarball, while a prebuilt binary would be a download that nothing here verifies.
RUN npm_config_build_from_source=true npm rebuild better-sqlite3

COPY . .
# The trained models and the safety rules ship; the data they were trained on does not. One question
# fills the checked fact base's cache (dist/.knowledge-cache), so the image starts without re-checking it.
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf models/*/corpus models/intent/convention \
  && node dist/adapters/console/ask.js --json "hello" > /dev/null

# ── runtime: slim Node 20, time zone data, only what the service runs, as the unprivileged `node` user ──────
FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends tzdata \
  && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
  DATA_DIR=/data \
  HTTP_HOST=0.0.0.0 \
  HTTP_PORT=8080
WORKDIR /app
# Owned by root, so the service cannot change its own code; it writes only to /data.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/knowledge ./knowledge
COPY --from=build /app/models ./models
RUN mkdir -p /data \
  && chown node:node /data

USER node
VOLUME /data
EXPOSE 8080
# No curl in the slim image: Node's own fetch asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The service entry, not main.js: without a token it stops with an error instead of a console chat that
# would read the closed stdin and exit 0. The console chat: docker run -it --rm bala node dist/adapters/main.js
# A small young generation: the bot handles short messages, and the default semi-space costs ~25 MB resident.
CMD ["node", "--max-semi-space-size=1", "dist/adapters/serve.js"]
