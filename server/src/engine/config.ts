// Configuration shared by the editor and the CLI: `.dockwise.yaml` and the `dockwise.*` settings.
import { parse as parseYaml } from 'yaml';
import { severities, type SeverityOrOff } from './rule';

export interface EngineConfig {
  /** Severity overrides by rule id (or hadolint code), `off` disables. */
  rules: Record<string, SeverityOrOff>;
  /** Registries FROM may pull from; empty means any. */
  trustedRegistries: string[];
  /** Label name -> expected kind (text, url, rfc3339, spdx, hash, semver, email). */
  labelSchema: Record<string, string>;
  /** With a label schema: labels the schema does not name are reported too. */
  strictLabels: boolean;
  /** Whether compose files get schema errors (`auto` leaves them to another YAML validator when one is active). */
  composeSchemaValidation: 'on' | 'off' | 'auto';
  /** Files larger than this many bytes get one notice instead of analysis. */
  maxFileSize: number;
}

export const defaultConfig: EngineConfig = {
  rules: {},
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  composeSchemaValidation: 'on',
  maxFileSize: 4 * 1024 * 1024,
};

export const CONFIG_FILE_NAME = '.dockwise.yaml';

export interface ConfigProblem {
  message: string;
}

function isSeverity(v: unknown): v is SeverityOrOff {
  return typeof v === 'string' && (severities as readonly string[]).includes(v);
}

/** Reads `.dockwise.yaml` text; unknown or malformed parts are reported, never thrown. */
export function parseConfigText(text: string): { config: Partial<EngineConfig>; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 100 });
  } catch (e) {
    return { config: {}, problems: [{ message: `invalid YAML: ${(e as Error).message}` }] };
  }
  if (raw == null) return { config: {}, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: {}, problems: [{ message: 'the configuration must be a mapping' }] };
  }
  const obj = raw as Record<string, unknown>;
  const config: Partial<EngineConfig> = {};
  for (const [key, value] of Object.entries(obj)) {
    switch (key) {
      case 'rules': {
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          problems.push({ message: '`rules` must map rule ids to error|warning|info|hint|off' });
          break;
        }
        const rules: Record<string, SeverityOrOff> = {};
        for (const [id, sev] of Object.entries(value as Record<string, unknown>)) {
          if (isSeverity(sev)) rules[id] = sev;
          else if (sev === false) rules[id] = 'off';
          else problems.push({ message: `rules.${id}: expected error|warning|info|hint|off` });
        }
        config.rules = rules;
        break;
      }
      case 'trustedRegistries':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) config.trustedRegistries = value as string[];
        else problems.push({ message: '`trustedRegistries` must be a list of registry names' });
        break;
      case 'labelSchema':
        if (value && typeof value === 'object' && !Array.isArray(value)) config.labelSchema = value as Record<string, string>;
        else problems.push({ message: '`labelSchema` must map label names to kinds' });
        break;
      case 'strictLabels':
        if (typeof value === 'boolean') config.strictLabels = value;
        else problems.push({ message: '`strictLabels` must be true or false' });
        break;
      case 'composeSchemaValidation':
        if (value === 'on' || value === 'off' || value === 'auto') config.composeSchemaValidation = value;
        else problems.push({ message: '`composeSchemaValidation` must be on, off or auto' });
        break;
      case 'maxFileSize':
        if (typeof value === 'number' && value > 0) config.maxFileSize = value;
        else problems.push({ message: '`maxFileSize` must be a positive number of bytes' });
        break;
      case 'language':
        break;
      default:
        problems.push({ message: `unknown key \`${key}\`` });
    }
  }
  return { config, problems };
}

/** Later layers win: defaults, then the file, then the editor settings. */
export function mergeConfig(...layers: Array<Partial<EngineConfig> | undefined>): EngineConfig {
  const out: EngineConfig = { ...defaultConfig, rules: {} };
  for (const l of layers) {
    if (!l) continue;
    if (l.rules) out.rules = { ...out.rules, ...l.rules };
    if (l.trustedRegistries) out.trustedRegistries = l.trustedRegistries;
    if (l.labelSchema) out.labelSchema = l.labelSchema;
    if (l.strictLabels !== undefined) out.strictLabels = l.strictLabels;
    if (l.composeSchemaValidation) out.composeSchemaValidation = l.composeSchemaValidation;
    if (l.maxFileSize) out.maxFileSize = l.maxFileSize;
  }
  return out;
}
