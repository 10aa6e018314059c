const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The radii to try in turn: the asked one, then doubling, then the cap ([10, 20, 40, 80, 160, 200]). */
export function radiusSteps(askedKm: number, capKm: number): number[] {
  const steps = [askedKm];
  for (let r = askedKm * 2; r < capKm; r *= 2) steps.push(r);
  if (capKm > askedKm) steps.push(capKm);
  return steps;
}
