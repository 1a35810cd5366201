# The app image for docker-compose.yml; Neo4j runs in its own container.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY model/package.json model/
COPY analysis/package.json analysis/
COPY cypher/package.json cypher/
COPY neo4j-launcher/package.json neo4j-launcher/
COPY seed/package.json seed/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci
COPY . .
RUN npm run build
ENV NODE_ENV=production
EXPOSE 4000
CMD ["npm", "start"]
