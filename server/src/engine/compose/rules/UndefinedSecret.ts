// A service uses a secret that no file of the project declares at top level.
import { undefinedResourceRule } from './resources';

export default undefinedResourceRule('UndefinedSecret', 'secrets');
