export { Profile, type ProfileAttribute, type ProfileProps } from "./Profile";
