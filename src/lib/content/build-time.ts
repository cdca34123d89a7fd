/**
 * The moment this build started. Pages say how old a fact is relative to it
 * ("as of …", "last confirmed …: call before you go"), so a site that is not
 * rebuilt keeps the wording it was published with; rebuild at least monthly.
 */
export const buildTime = new Date();
