/**
 * Third-party reference data from ../shared/reference, served by the fixture middleware. Absent
 * on a clone without shared/: callers skip with one clear line.
 */
export async function loadReference(path: string): Promise<Response | undefined> {
  const response = await fetch(`/__fixtures/reference/${path}`);
  if (response.ok) return response;
  console.info(`skipped: reference data ${path} not found (../shared/reference is not beside this clone)`);
  return undefined;
}
