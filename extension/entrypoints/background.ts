// Placeholder until the extension issue lands: WXT needs one entrypoint to prepare types.
export default defineBackground(() => {});
