// Generators of the huge inputs shared by the huge-input test and scripts/fuzz-bench.mjs.

/** A compose file with `n` services that build, publish ports, depend on each other and check health. */
export function manyServices(n: number): string {
  const out = ['x-common: &common', '  restart: unless-stopped', 'services:'];
  for (let i = 0; i < n; i++) {
    out.push(
      `  svc${i}:`,
      '    <<: *common',
      i % 3 === 0 ? `    build: ./svc${i}` : `    image: "registry.example.com/svc${i}:1.${i % 50}"`,
      `    ports: ["${10000 + i}:80"]`,
      ...(i > 0 ? [`    depends_on: [svc${i - 1}]`] : []),
      `    environment:`,
      `      ID: "${i}"`,
      `      TAG: \${TAG:-${i}}`,
      '    healthcheck:',
      '      test: ["CMD", "true"]',
      '      interval: 10s',
    );
  }
  return out.join('\n') + '\n';
}

/** One line of about `bytes` characters. */
export function longLine(bytes: number): string {
  let s = 'a1 ';
  while (s.length < bytes) s += s;
  return s.slice(0, bytes);
}

/** A realistic multi-stage Dockerfile repeated to about `bytes`. */
export function bigDockerfile(bytes: number): string {
  const stage = (i: number) =>
    `FROM golang:1.22 AS build${i}\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN --mount=type=cache,target=/root/.cache go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app${i} ./cmd && \\\n    echo done\nENV A${i}=1 B${i}="two words"\nARG V${i}=1\nLABEL stage="${i}"\nEXPOSE ${8000 + (i % 1000)}\n`;
  const parts = ['# syntax=docker/dockerfile:1\nARG BASE=alpine:3.20\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const s = stage(i);
    parts.push(s);
    size += s.length;
  }
  parts.push('FROM ${BASE}\nCOPY --from=build0 /out/app0 /app\nUSER 65532\nENTRYPOINT ["/app"]\n');
  return parts.join('');
}
