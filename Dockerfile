# Log Doctor as a team service. Build: docker build -t log-doctor .   (or podman/buildah with the same file)
# Runs `npm start` as the unprivileged `node` user on 0.0.0.0:3000, which refuses to start until LOG_DOCTOR_AUTH is
# configured (see "Run it for your team" in README.md). Reports and uploads live in the /data volume unless
# DATABASE_URL names PostgreSQL. AWS credentials come from the task or instance role, never from the image.

# --- dependencies: better-sqlite3 compiles here, so the build tools stay in this stage only ---
FROM node:22-bookworm-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

# --- the Next.js build ---
FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

# --- production dependencies only (same native build of better-sqlite3) ---
FROM deps AS prod-deps
RUN npm prune --omit=dev

# --- what runs ---
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true \
    HOST=0.0.0.0 \
    PORT=3000 \
    LOG_DOCTOR_DATA_DIR=/data
WORKDIR /app
# Sources stay: the CLI (`npx log-doctor policy`, `diagnose --save`) runs them with tsx, a production dependency.
COPY --from=build --chown=root:root /app/package.json /app/package-lock.json /app/next.config.ts /app/tsconfig.json /app/proxy.ts /app/instrumentation.ts ./
COPY --from=build --chown=root:root /app/app ./app
COPY --from=build --chown=root:root /app/cli ./cli
COPY --from=build --chown=root:root /app/components ./components
COPY --from=build --chown=root:root /app/lib ./lib
COPY --from=build --chown=root:root /app/scripts ./scripts
COPY --from=build --chown=root:root /app/fixtures ./fixtures
COPY --from=build --chown=root:root /app/.next ./.next
COPY --from=prod-deps --chown=root:root /app/node_modules ./node_modules
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "scripts/start.mjs"]
