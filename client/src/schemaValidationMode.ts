// Pure part of `dockwise.compose.schemaValidation: auto`: which extensions already report Compose
// schema errors, and the effective mode; tested without VS Code.

/** Extensions known to report Compose schema errors. */
export const COMPOSE_SCHEMA_VALIDATORS: readonly string[] = [
  'redhat.vscode-yaml',
  'docker.docker',
  'ms-azuretools.vscode-containers',
  'ms-azuretools.vscode-docker',
];

export type SchemaValidation = 'auto' | 'on' | 'off';

/** The effective mode for a setting, given the ids of the installed extensions. */
export function effectiveSchemaValidation(setting: SchemaValidation | undefined, installed: readonly string[]): 'on' | 'off' {
  if (setting === 'on' || setting === 'off') return setting;
  const lower = new Set(installed.map((id) => id.toLowerCase()));
  return COMPOSE_SCHEMA_VALIDATORS.some((id) => lower.has(id)) ? 'off' : 'on';
}
