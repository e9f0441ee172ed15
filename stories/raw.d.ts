// Vite's `?raw` imports (a file's text), as the host-stylesheet stories use them.
declare module "*?raw" {
  const text: string;
  export default text;
}
