// A service uses a network that no file of the project declares at top level.
import { undefinedResourceRule } from './resources';

export default undefinedResourceRule('UndefinedNetwork', 'networks');
