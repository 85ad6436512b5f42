import { Engine } from './server/src/engine/index';
import { applyEdits } from './server/src/engine/text';
const cases = [
`FROM golang:1.22
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /bin/server ./cmd/server
EXPOSE 8080
CMD /bin/server --port 8080
`,
`FROM rust:1.80-bookworm
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release
CMD ["./target/release/app"]
`,
`FROM maven:3.9-eclipse-temurin-21
WORKDIR /app
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests
EXPOSE 8080
CMD ["java", "-jar", "target/app.jar"]
`,
`FROM gradle:8.5-jdk17 AS builder
WORKDIR /home/gradle/project
COPY . .
RUN gradle bootJar --no-daemon
ENTRYPOINT ["java", "-jar", "build/libs/app.jar"]
`,
`FROM mcr.microsoft.com/dotnet/sdk:8.0
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app/publish
WORKDIR /app/publish
EXPOSE 8080
ENTRYPOINT ["dotnet", "Api.dll"]
`,
`FROM node:20
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build
EXPOSE 3000
CMD ["node", "dist/main.js"]
`,
];
for (const text of cases) {
  const e = new Engine({ strict: true });
  const input = { path: '/ws/Dockerfile', text };
  const f = e.lint(input);
  const pm = f.find((x) => x.ruleId === 'PreferMultiStageBuild');
  console.log('---- findings', f.map((x) => x.ruleId + ':' + x.severity).join(' '));
  if (!pm) { console.log('NO FINDING'); continue; }
  const fx = e.fixes(input, pm).filter((x) => !/^Ignore/.test(x.title.en));
  if (!fx.length) { console.log('NO FIX'); continue; }
  const after = applyEdits(text, fx[0].edits);
  console.log(after);
  console.log('after findings', new Engine({ strict: true }).lint({ path: '/ws/Dockerfile', text: after }).map((x) => x.ruleId + ':' + x.severity).join(' '));
}
