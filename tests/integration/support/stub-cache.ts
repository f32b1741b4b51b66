// Stands in for next/cache: there is no Next cache to revalidate in a test.
export const revalidatePath = () => undefined;
export const revalidateTag = () => undefined;
export const updateTag = () => undefined;
