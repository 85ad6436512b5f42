import { ruleCases } from '../../../../../test/harness/check';

ruleCases('PreferMultiStageBuild', {
  fires: [
    `
    FROM golang:1.22
         ^^^^^^^^^^^ PreferMultiStageBuild
    RUN go build -o /app .
    `,
    `
    FROM gcc:14
         ^^^^^^ PreferMultiStageBuild
    RUN gcc -O2 -o /usr/local/bin/hello hello.c
    `,
  ],
  quiet: [
    `
    FROM golang:1.22 AS build
    RUN go build -o /app .
    FROM scratch
    COPY --from=build /app /app
    `,
    `
    FROM python:3.12-slim
    RUN pip install --no-cache-dir -r requirements.txt
    `,
    `
    FROM node:22-alpine
    RUN npm ci && npm run build
    `,
    `
    FROM golang:1.22
    RUN go test ./...
    `,
    `
    FROM eclipse-temurin:21-jre
    RUN mvn package
    `,
  ],
  fixes: [
    {
      // Go: cgo is turned off (as the notes do) so the binary runs on distroless static; the shell-form CMD becomes exec form there.
      before: `
      FROM golang:1.22
      WORKDIR /src
      COPY . .
      RUN go build -o /bin/server ./cmd/server
      EXPOSE 8080
      CMD /bin/server --port 8080
      `,
      after: `
      FROM golang:1.22 AS build
      WORKDIR /src
      COPY . .
      RUN CGO_ENABLED=0 go build -o /bin/server ./cmd/server
      EXPOSE 8080
      CMD /bin/server --port 8080

      FROM gcr.io/distroless/static-debian12:nonroot
      WORKDIR /src
      COPY --from=build /bin/server /bin/server
      EXPOSE 8080
      CMD ["/bin/server", "--port", "8080"]
      `,
    },
    {
      before: `
      FROM rust:1.80-bookworm
      WORKDIR /usr/src/app
      COPY . .
      RUN cargo build --release
      CMD ["./target/release/app"]
      `,
      after: `
      FROM rust:1.80-bookworm AS build
      WORKDIR /usr/src/app
      COPY . .
      RUN cargo build --release
      CMD ["./target/release/app"]

      FROM gcr.io/distroless/cc-debian12:nonroot
      WORKDIR /usr/src/app
      COPY --from=build /usr/src/app/target/release/app /usr/src/app/target/release/app
      CMD ["./target/release/app"]
      `,
    },
    {
      before: `
      FROM maven:3.9-eclipse-temurin-21
      WORKDIR /app
      COPY . .
      RUN mvn -B package -DskipTests
      EXPOSE 8080
      CMD ["java", "-jar", "target/app.jar"]
      `,
      after: `
      FROM maven:3.9-eclipse-temurin-21 AS build
      WORKDIR /app
      COPY . .
      RUN mvn -B package -DskipTests
      EXPOSE 8080
      CMD ["java", "-jar", "target/app.jar"]

      FROM eclipse-temurin:21-jre
      WORKDIR /app
      COPY --from=build /app/target/app.jar /app/target/app.jar
      EXPOSE 8080
      CMD ["java", "-jar", "target/app.jar"]
      `,
    },
    {
      // An existing stage name is kept; a Gradle JDK tag gives the JRE version.
      before: `
      FROM gradle:8.5-jdk17 AS builder
      WORKDIR /home/gradle/project
      COPY . .
      RUN gradle bootJar --no-daemon
      ENTRYPOINT ["java", "-jar", "build/libs/app.jar"]`,
      after: `
      FROM gradle:8.5-jdk17 AS builder
      WORKDIR /home/gradle/project
      COPY . .
      RUN gradle bootJar --no-daemon
      ENTRYPOINT ["java", "-jar", "build/libs/app.jar"]

      FROM eclipse-temurin:17-jre
      WORKDIR /home/gradle/project
      COPY --from=builder /home/gradle/project/build/libs/app.jar /home/gradle/project/build/libs/app.jar
      ENTRYPOINT ["java", "-jar", "build/libs/app.jar"]
      `,
    },
    {
      before: `
      FROM mcr.microsoft.com/dotnet/sdk:8.0
      WORKDIR /src
      COPY . .
      RUN dotnet publish -c Release -o /app/publish
      WORKDIR /app/publish
      ENTRYPOINT ["dotnet", "Api.dll"]
      `,
      after: `
      FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
      WORKDIR /src
      COPY . .
      RUN dotnet publish -c Release -o /app/publish
      WORKDIR /app/publish
      ENTRYPOINT ["dotnet", "Api.dll"]

      FROM mcr.microsoft.com/dotnet/aspnet:8.0
      WORKDIR /app/publish
      COPY --from=build /app/publish/ /app/publish/
      USER app
      ENTRYPOINT ["dotnet", "Api.dll"]
      `,
    },
    {
      before: `
      from node:20
      workdir /app
      copy . .
      run npm ci && npm run build
      cmd ["node", "dist/main.js"]
      `,
      after: `
      from node:20 as build
      workdir /app
      copy . .
      run npm ci && npm run build
      cmd ["node", "dist/main.js"]

      from node:20-slim
      workdir /app
      copy --from=build /app/ /app/
      user node
      cmd ["node", "dist/main.js"]
      `,
    },
  ],
});
