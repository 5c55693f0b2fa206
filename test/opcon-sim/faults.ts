// Fault injection: an ordered list of rules; the first rule that matches a
// request (and wins its probability roll) is applied to it.

import type { FaultKind, FaultRule, FaultRuleState } from './types'

const KINDS: readonly FaultKind[] = ['status', 'delay', 'reset-before', 'reset-after', 'non-json', 'echo-headers']

/** mulberry32: tiny, seedable, good enough to make probabilistic faults reproducible. */
export function createPrng(seed: number): () => number {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

/** Throws a message fit for a 400 answer when a rule is malformed. */
export function checkFaultRule(rule: unknown, index: number): FaultRule {
    const where = `faults[${index}]`
    if (rule === null || typeof rule !== 'object') throw new Error(`${where}: must be an object`)
    const r = rule as FaultRule
    if (!KINDS.includes(r.kind)) throw new Error(`${where}.kind: must be one of ${KINDS.join(', ')}`)
    if (r.times !== undefined && !(Number.isInteger(r.times) && r.times >= 0)) throw new Error(`${where}.times: must be a non-negative integer`)
    if (r.probability !== undefined && !(r.probability >= 0 && r.probability <= 1)) throw new Error(`${where}.probability: must be within 0..1`)
    if (r.kind === 'delay' && !(typeof r.delayMs === 'number' && r.delayMs >= 0)) throw new Error(`${where}.delayMs: required for a delay fault`)
    if (r.path !== undefined && r.path.startsWith('^')) {
        try {
            new RegExp(r.path)
        } catch (e) {
            throw new Error(`${where}.path: invalid regular expression: ${(e as Error).message}`)
        }
    }
    return r
}

function pathMatches(pattern: string | undefined, rawPath: string): boolean {
    if (pattern === undefined) return true
    return pattern.startsWith('^') ? new RegExp(pattern).test(rawPath) : rawPath.startsWith(pattern)
}

export class FaultEngine {
    private rules: FaultRuleState[] = []
    private random: () => number

    constructor(private readonly seed: number) {
        this.random = createPrng(seed)
    }

    set(rules: FaultRule[]): void {
        this.rules = rules.map((r) => ({ ...r, remaining: r.times ?? null, hits: 0 }))
    }

    /** Clearing also restarts the PRNG so a test sees the same sequence after reset(). */
    clear(): void {
        this.rules = []
        this.random = createPrng(this.seed)
    }

    list(): FaultRuleState[] {
        return this.rules.map((r) => ({ ...r }))
    }

    /** Finds the rule to apply and consumes one of its `times`. */
    take(method: string, rawPath: string): FaultRuleState | null {
        for (const rule of this.rules) {
            if (rule.remaining === 0) continue
            if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) continue
            if (!pathMatches(rule.path, rawPath)) continue
            if (rule.probability !== undefined && this.random() >= rule.probability) continue
            if (rule.remaining !== null) rule.remaining -= 1
            rule.hits += 1
            return rule
        }
        return null
    }
}
