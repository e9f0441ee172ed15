/** No aliases and no transpiling: the library comes from node_modules, installed from the packed tarball. */
const config = {};
export default config;
