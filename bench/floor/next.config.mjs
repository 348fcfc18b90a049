// A bare Next.js app: its exported page is the JavaScript floor every page of ours carries.
const config = { output: 'export', distDir: process.env.FLOOR_OUT_DIR || 'out' };
export default config;
