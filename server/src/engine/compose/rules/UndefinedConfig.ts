// A service uses a config that no file of the project declares at top level.
import { undefinedResourceRule } from './resources';

export default undefinedResourceRule('UndefinedConfig', 'configs');
