export { offlinePlugin } from "./offline-plugin.ts";
