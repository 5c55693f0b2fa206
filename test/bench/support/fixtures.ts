// Paths of the fixture apps that jest's globalSetup builds with the real Now SDK.
import * as path from 'node:path'

export const BENCH_APP = path.resolve(__dirname, '../../fixtures/bench-app/dist/app')
export const BROKEN_APP = path.resolve(__dirname, '../../fixtures/broken-app/dist/app')
export const BENCH_MODULE = (file: string): string => `x_bench/bench-fixture/0.1.0/src/server/${file}`
