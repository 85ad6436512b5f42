// Project detection from folder listings: ecosystem, package manager, manifests to copy first, name and entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectProjects, filesToRead, slug, type FolderListing, type Project } from '../../client/src/scaffold/detect';

const listing = (names: string[], contents: Record<string, string> = {}, folderName = 'My Project'): FolderListing => ({ names, contents, folderName });

const cases: ReadonlyArray<{ name: string; listing: FolderListing; expected: Project[] }> = [
  {
    name: 'Go module with cmd/ and go.sum',
    listing: listing(['go.mod', 'go.sum', 'cmd/', 'cmd/api/', 'internal/'], { 'go.mod': 'module github.com/acme/Order-Service\n\ngo 1.25.1\n' }),
    expected: [{ ecosystem: 'go', packageManager: 'go', manifests: ['go.mod', 'go.sum'], name: 'order-service', entry: './cmd/api', languageVersion: '1.25', hasBuildScript: false }],
  },
  {
    name: 'Go module with main.go at the root and no go.sum',
    listing: listing(['go.mod', 'main.go'], { 'go.mod': 'module hello\ngo 1.21\n' }),
    expected: [{ ecosystem: 'go', packageManager: 'go', manifests: ['go.mod'], name: 'hello', entry: '.', languageVersion: '1.21', hasBuildScript: false }],
  },
  {
    name: 'Node with npm lock, build script and start script',
    listing: listing(['package.json', 'package-lock.json', 'src/'], {
      'package.json': JSON.stringify({ name: '@acme/web', scripts: { build: 'tsc', start: 'node dist/server.js' }, engines: { node: '>=20' } }),
    }),
    expected: [{ ecosystem: 'node', packageManager: 'npm', manifests: ['package.json', 'package-lock.json'], name: 'web', entry: 'dist/server.js', languageVersion: '20', hasBuildScript: true }],
  },
  {
    name: 'Node with yarn 1',
    listing: listing(['package.json', 'yarn.lock'], { 'package.json': '{"name":"shop","main":"./index.js"}' }),
    expected: [{ ecosystem: 'node', packageManager: 'yarn', manifests: ['package.json', 'yarn.lock'], name: 'shop', entry: 'index.js', languageVersion: null, hasBuildScript: false }],
  },
  {
    name: 'Node with yarn berry (.yarnrc.yml)',
    listing: listing(['package.json', 'yarn.lock', '.yarnrc.yml'], { 'package.json': '{"name":"shop"}' }),
    expected: [{ ecosystem: 'node', packageManager: 'yarn-berry', manifests: ['package.json', 'yarn.lock', '.yarnrc.yml'], name: 'shop', entry: 'index.js', languageVersion: null, hasBuildScript: false }],
  },
  {
    name: 'Node with pnpm and a broken package.json',
    listing: listing(['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml'], { 'package.json': '{ not json' }),
    expected: [{ ecosystem: 'node', packageManager: 'pnpm', manifests: ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml'], name: 'my-project', entry: 'index.js', languageVersion: null, hasBuildScript: false }],
  },
  {
    name: 'Python with requirements.txt',
    listing: listing(['requirements.txt', 'app.py']),
    expected: [{ ecosystem: 'python', packageManager: 'pip', manifests: ['requirements.txt'], name: 'my-project', entry: 'app.py', languageVersion: null, hasBuildScript: false }],
  },
  {
    name: 'Python with poetry',
    listing: listing(['pyproject.toml', 'poetry.lock', 'main.py'], { 'pyproject.toml': '[tool.poetry]\nname = "billing"\n\n[tool.poetry.dependencies]\npython = "^3.11"\n' }),
    expected: [{ ecosystem: 'python', packageManager: 'poetry', manifests: ['pyproject.toml', 'poetry.lock'], name: 'billing', entry: 'main.py', languageVersion: null, hasBuildScript: false }],
  },
  {
    name: 'Python with PEP 621 pyproject only',
    listing: listing(['pyproject.toml'], { 'pyproject.toml': '[project]\nname = "svc"\nrequires-python = ">=3.13"\n' }),
    expected: [{ ecosystem: 'python', packageManager: 'pyproject', manifests: ['pyproject.toml'], name: 'svc', entry: 'main.py', languageVersion: '3.13', hasBuildScript: false }],
  },
  {
    name: 'Java with Maven',
    listing: listing(['pom.xml', 'src/'], {
      'pom.xml': '<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent><artifactId>orders</artifactId><properties><java.version>17</java.version></properties><dependencies><dependency><artifactId>x</artifactId></dependency></dependencies></project>',
    }),
    expected: [{ ecosystem: 'java', packageManager: 'maven', manifests: ['pom.xml'], name: 'orders', entry: 'app.jar', languageVersion: '17', hasBuildScript: false }],
  },
  {
    name: 'Java with Gradle (Kotlin DSL)',
    listing: listing(['build.gradle.kts', 'settings.gradle.kts', 'gradlew', 'src/'], { 'build.gradle.kts': 'java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }' }),
    expected: [{ ecosystem: 'java', packageManager: 'gradle', manifests: ['settings.gradle.kts', 'build.gradle.kts'], name: 'my-project', entry: 'app.jar', languageVersion: '21', hasBuildScript: false }],
  },
  {
    name: 'Rust with a [[bin]] name',
    listing: listing(['Cargo.toml', 'Cargo.lock', 'src/'], { 'Cargo.toml': '[package]\nname = "edge-proxy"\nrust-version = "1.80"\n\n[[bin]]\nname = "proxy"\npath = "src/main.rs"\n' }),
    expected: [{ ecosystem: 'rust', packageManager: 'cargo', manifests: ['Cargo.toml', 'Cargo.lock'], name: 'edge-proxy', entry: 'proxy', languageVersion: '1.80', hasBuildScript: false }],
  },
  {
    name: 'PHP with composer and public/',
    listing: listing(['composer.json', 'composer.lock', 'public/'], { 'composer.json': '{"name":"acme/blog","require":{"php":"^8.2"}}' }),
    expected: [{ ecosystem: 'php', packageManager: 'composer', manifests: ['composer.json', 'composer.lock'], name: 'blog', entry: 'public', languageVersion: '8.2', hasBuildScript: false }],
  },
  {
    name: '.NET project',
    listing: listing(['Api.csproj', 'Program.cs', 'NuGet.config'], { 'Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup></Project>' }),
    expected: [{ ecosystem: 'dotnet', packageManager: 'dotnet', manifests: ['Api.csproj', 'NuGet.config'], name: 'api', entry: 'Api.dll', languageVersion: '9.0', hasBuildScript: false }],
  },
  { name: 'nothing to detect', listing: listing(['README.md', 'docs/']), expected: [] },
];

for (const c of cases) {
  test(`detect: ${c.name}`, () => {
    assert.deepEqual(detectProjects(c.listing), c.expected);
  });
}

test('detect: a Laravel app (composer + npm) offers PHP first, then Node', () => {
  const found = detectProjects(listing(['composer.json', 'composer.lock', 'package.json', 'package-lock.json', 'public/'], { 'composer.json': '{}', 'package.json': '{}' }));
  assert.deepEqual(found.map((p) => `${p.ecosystem}/${p.packageManager}`), ['php/composer', 'node/npm']);
});

test('detect: files to read are the manifests present, csproj included', () => {
  assert.deepEqual(filesToRead(['go.mod', 'README.md', 'x.csproj', 'package.json', 'src/']), ['go.mod', 'x.csproj', 'package.json']);
});

test('slug', () => {
  assert.deepEqual(['My Project', '@@', 'Order_Service.v2'].map(slug), ['my-project', 'app', 'order-service-v2']);
});
