// Compile-time check (run by `npm run typecheck`): every call the
// @servicenow/glide declarations allow for these methods is a call the bench's
// classes accept, so app code typed against the platform runs on the bench.
// Return types are left out on purpose: the declarations say getValue()
// returns string, where the platform (and the bench) return null for empty.
import type { GlideAggregate, GlideRecord, GlideElement } from '@servicenow/glide'
import type { RESTMessageV2, RESTResponseV2 } from '@servicenow/glide/sn_ws'
import type { BenchGlideElement, BenchGlideRecord } from './glide-record'
import type { BenchGlideAggregate } from './glide-aggregate'
import type { BenchRESTMessageV2, BenchRESTResponseV2 } from './rest-message'

type RecordMethods = 'insert' | 'update' | 'get' | 'query' | 'next' | 'hasNext' | 'getRowCount' | 'deleteRecord' | 'addQuery'
    | 'addEncodedQuery' | 'addNullQuery' | 'addNotNullQuery' | 'getValue' | 'setValue' | 'getDisplayValue' | 'getUniqueValue'
    | 'getTableName' | 'initialize' | 'newRecord' | 'isNewRecord' | 'isValidRecord' | 'setAbortAction' | 'isActionAborted'
    | 'orderBy' | 'orderByDesc' | 'setLimit' | 'getEncodedQuery' | 'setWorkflow' | 'canRead' | 'canWrite' | 'canCreate' | 'canDelete'
    | 'getLastErrorMessage'
type ElementMethods = 'toString' | 'getDisplayValue' | 'getDecryptedValue' | 'changes' | 'changesFrom' | 'changesTo' | 'nil'
    | 'getJournalEntry' | 'getRefRecord' | 'getLabel' | 'getName' | 'canRead' | 'canWrite'
type AggregateMethods = 'addQuery' | 'addEncodedQuery' | 'addNullQuery' | 'addNotNullQuery' | 'addAggregate' | 'groupBy' | 'query'
    | 'next' | 'hasNext' | 'getRowCount' | 'getAggregate' | 'getValue' | 'getTableName' | 'getEncodedQuery'
type MessageMethods = 'execute' | 'setEndpoint' | 'getEndpoint' | 'setHttpMethod' | 'setStringParameter' | 'setStringParameterNoEscape'
    | 'setQueryParameter' | 'setRequestHeader' | 'setRequestBody' | 'getRequestBody' | 'setHttpTimeout' | 'setMIDServer'
type ResponseMethods = 'getStatusCode' | 'getBody' | 'getHeader' | 'haveError' | 'getErrorMessage' | 'getErrorCode'

type Method = (...args: never[]) => unknown
/** For each method: the declared parameter list is accepted by the bench's method. */
type Accepts<Bench, Declared, Names extends keyof Bench & keyof Declared> = {
    [N in Names]: Declared[N] extends Method ? Bench[N] extends Method
        ? Parameters<Declared[N]> extends Parameters<Bench[N]> ? true : ['bench does not accept the declared parameters of', N]
        : ['bench lacks method', N] : ['declaration lacks method', N]
}
type AllTrue<T> = [T[keyof T]] extends [true] ? true : Exclude<T[keyof T], true>

export const conformance: [
    AllTrue<Accepts<BenchGlideRecord, GlideRecord<'incident'>, RecordMethods>>,
    AllTrue<Accepts<BenchGlideElement, GlideElement, ElementMethods>>,
    AllTrue<Accepts<BenchGlideAggregate, GlideAggregate<'incident'>, AggregateMethods>>,
    AllTrue<Accepts<BenchRESTMessageV2, RESTMessageV2, MessageMethods>>,
    AllTrue<Accepts<BenchRESTResponseV2, RESTResponseV2, ResponseMethods>>,
] = [true, true, true, true, true]
