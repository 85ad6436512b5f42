// A service uses a volume that no file of the project declares at top level.
import { undefinedResourceRule } from './resources';

export default undefinedResourceRule('UndefinedVolume', 'volumes');
