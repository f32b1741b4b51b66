// Stands in for next/cache: there is no Next cache to revalidate in a test.
export const revalidatePath = () => undefined;
export const revalidateTag = () => undefined;
export const updateTag = () => undefined;
// "use cache" is Next's compiler's: here a cached function is a plain one.
export const cacheTag = () => undefined;
export const cacheLife = () => undefined;
