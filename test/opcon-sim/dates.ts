// Date conventions of OpCon ids and fields.

const OLE_EPOCH_MS = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

/** '2019-12-20' or '2019-12-20T...' -> '20191220' */
export function toCompactDate(isoDate: string): string {
    return isoDate.slice(0, 10).replace(/-/g, '')
}

/** '20191220' -> '2019-12-20' */
export function toIsoDate(compact: string): string {
    return `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`
}

export function isValidCompactDate(compact: string): boolean {
    if (!/^\d{8}$/.test(compact)) return false
    const d = new Date(`${toIsoDate(compact)}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === toIsoDate(compact)
}

/**
 * OpCon keeps dates as OLE automation dates (days since 1899-12-30, time as
 * the fraction); the OpenAPI exposes them as doubles (DailyJob.start,
 * DailySchedule.dateAsInteger). The simulator treats all times as UTC.
 */
export function toOleDate(iso: string): number {
    const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
    return (ms - OLE_EPOCH_MS) / DAY_MS
}

export function nowIso(): string {
    return new Date().toISOString()
}
