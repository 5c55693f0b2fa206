// A job's output attached to its incident: capped to the end of the log,
// where the error is, with a line saying what was left out.

/** The end of `text`, at most `maxKb` KB (UTF-8), on a line boundary when one is near. */
export function capLog(text: string, maxKb: number): { text: string; cut: boolean } {
    const max = maxKb * 1024
    const bytes = utf8Length(text)
    if (bytes <= max) return { text, cut: false }
    // Keep characters from the end until the budget (less room for the notice) is spent.
    const notice = `[The start of this job log was left out: it was ${Math.ceil(bytes / 1024)} KB, x_opcon.job_log_max_kb is ${maxKb}.]\n`
    let budget = Math.max(0, max - utf8Length(notice))
    let start = text.length
    while (start > 0) {
        const size = utf8Length(text.charAt(start - 1))
        if (size > budget) break
        budget -= size
        start--
    }
    const newline = text.indexOf('\n', start)
    if (newline >= 0 && newline - start < 200) start = newline + 1
    return { text: notice + text.slice(start), cut: true }
}

function utf8Length(text: string): number {
    let n = 0
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c < 0x80) n += 1
        else if (c < 0x800) n += 2
        else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++ } else n += 3
    }
    return n
}

/** The attachment's name: job, schedule date and run, in characters every file system takes. */
export function logFileName(jobName: string, scheduleDate: string, jobNumber: string): string {
    const safe = jobName.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 120) || 'job'
    return `${safe}_${scheduleDate}_run${jobNumber.replace(/\D/g, '') || '0'}.log.txt`
}

/** Items of a job-instance action answer: the files a LIST found, the data a FILE returned. */
export function readOutputItems(data: unknown): { files: string[]; data: string; failed: string } {
    const obj = data !== null && typeof data === 'object' ? data as Record<string, unknown> : {}
    const items = Array.isArray(obj.jobInstanceActionItems) ? obj.jobInstanceActionItems as Array<Record<string, unknown>> : []
    const files = items.flatMap((item) => (Array.isArray(item?.files) ? item.files.filter((f): f is string => typeof f === 'string') : []))
    const text = items.map((item) => (typeof item?.data === 'string' ? item.data : '')).join('')
    const failed = items.filter((item) => typeof item?.result === 'string' && item.result.toLowerCase() === 'failed')
        .map((item) => (typeof item.message === 'string' ? item.message : 'OpCon gave no reason')).join('; ')
    return { files, data: text, failed }
}
