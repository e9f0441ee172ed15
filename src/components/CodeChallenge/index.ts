export { CodeChallenge, type CodeChallengeProps, type CodeOptions, deliveryText } from "./CodeChallenge";
