// Schedules (cmn_schedule, cmn_schedule_span) and the scoped GlideSchedule for
// weekly spans. Sources: ServiceNow docs "GlideSchedule - Scoped" (the
// GlideSchedule(), GlideSchedule(sysID, timeZone) constructors: "If a time zone
// is not specified, the current session time zone is used"; load(sysID,
// timeZone): "If a timezone is not specified, or is nil, the current session
// timezone is used for the schedule"; getName, isInSchedule(GlideDateTime),
// isValid: at least one span; setTimeZone), "Define schedule spans" and
// "Schedule fields" (spans repeat weekly on days of week, 1 Monday .. 7
// Sunday, between a start and an end time; a schedule without a time zone is
// "floating", "relative to whatever process is accessing the item"). The
// session's time zone is its user's, else the system's (instance.ts).
// Assumed, the strict reading of those sentences: the time zone the script
// gives (constructor, load, setTimeZone, or isInSchedule's second argument,
// which @servicenow/glide declares), else the session's, is the one used, even
// for a schedule that has its own (the same page's duration() says "the
// timezone of the schedule or, if that is not specified, the timezone of the
// session": a script that passes the schedule's own zone is right under both
// readings, one that relies on the session is not); a span covers [start, end)
// of each listed day and does not cross midnight; exclusion spans, holidays,
// child schedules and repeat types other than weekly are not modelled (a span
// of another kind makes isInSchedule throw).
import type { Runtime } from './runtime'

export interface ScheduleSpanSpec {
    /** Days of week, 1 Monday .. 7 Sunday. */
    days: number[]
    /** 'HH:mm:ss' in the schedule's time zone. */
    start: string
    end: string
}

export interface ScheduleSpec {
    name: string
    spans: ScheduleSpanSpec[]
    /** An IANA time zone, e.g. 'Europe/Berlin'; none: floating. */
    timeZone?: string
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/

/** cmn_schedule_span stores its times as a schedule date-time, e.g. 20260105T090000 (the date is the first day the span applies). */
export function createScheduleRows(rt: Runtime, spec: ScheduleSpec): string {
    if (spec.timeZone) new Intl.DateTimeFormat('en-US', { timeZone: spec.timeZone })
    const id = rt.store.newSysId()
    rt.store.put('cmn_schedule', { sys_id: id, name: spec.name, time_zone: spec.timeZone ?? '', type: '' })
    for (const span of spec.spans) {
        if (!TIME.test(span.start) || !TIME.test(span.end) || span.end <= span.start) throw new Error(`Schedule ${spec.name}: a span needs HH:mm:ss times with start before end (got ${span.start}-${span.end})`)
        if (span.days.length === 0 || span.days.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) throw new Error(`Schedule ${spec.name}: days run 1 (Monday) to 7 (Sunday), got ${span.days.join(',')}`)
        rt.store.put('cmn_schedule_span', {
            sys_id: rt.store.newSysId(), schedule: id, name: spec.name, type: 'on', repeat_type: 'weekly', repeat_count: '1',
            days_of_week: [...new Set(span.days)].sort().join(''), all_day: 'false',
            start_date_time: `20260105T${span.start.replace(/:/g, '')}`, end_date_time: `20260105T${span.end.replace(/:/g, '')}`,
        })
    }
    return id
}

/** The weekday (1 Monday .. 7 Sunday) and HHmmss at `ms` in a time zone. */
function wallClock(ms: number, timeZone: string): { day: number; time: string } {
    const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    }).formatToParts(new Date(ms))
    const get = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
    const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1
    return { day, time: `${get('hour')}${get('minute')}${get('second')}` }
}

export function createGlideSchedule(rt: Runtime) {
    return class GlideSchedule {
        private sysId = ''
        private timeZone: string | null = null

        constructor(sysId?: string, timeZone?: string) {
            if (sysId !== undefined && sysId !== null) this.load(String(sysId), timeZone)
        }

        load(sysId: string, timeZone?: string): void {
            this.sysId = String(sysId)
            if (timeZone) this.setTimeZone(timeZone)
        }

        setTimeZone(timeZone: string): void {
            new Intl.DateTimeFormat('en-US', { timeZone: String(timeZone) })
            this.timeZone = String(timeZone)
        }

        private schedule() {
            // The platform reads the schedule itself: no table privilege of the calling scope is involved (assumed).
            return rt.store.get('cmn_schedule', this.sysId)
        }

        getName(): string {
            return this.schedule()?.name ?? ''
        }

        isValid(): boolean {
            return this.schedule() !== undefined && rt.store.rows('cmn_schedule_span').some((span) => span.schedule === this.sysId)
        }

        isInSchedule(time: { getNumericValue(): number }, timeZone?: string): boolean {
            const schedule = this.schedule()
            if (!schedule) return false
            const zone = timeZone || this.timeZone || rt.sessionTimeZone()
            const at = wallClock(time.getNumericValue(), zone)
            return rt.store.rows('cmn_schedule_span').filter((span) => span.schedule === this.sysId).some((span) => {
                if (span.type !== 'on' || span.repeat_type !== 'weekly' || span.all_day === 'true') {
                    throw new Error(`GlideSchedule: span ${span.sys_id} (${span.type}/${span.repeat_type}) is not modelled by the bench`)
                }
                const start = span.start_date_time.split('T')[1]
                const end = span.end_date_time.split('T')[1]
                return span.days_of_week.includes(String(at.day)) && at.time >= start && at.time < end
            })
        }
    }
}
