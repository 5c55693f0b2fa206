import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// The ATF suite's failure-endpoint test finds its two basic auth profiles by name with a
// Record Query step, which runs in the app's scope: without this read privilege the
// published app is refused the query (see cross-scope.now.ts). Only the ATF test reads
// this table; no app code does, and the password field stays encrypted (nothing in the
// app calls getDecryptedValue on it).
CrossScopePrivilege({ $id: Now.ID['csp_atf_basic_auth_profile_read'], status: 'allowed', operation: 'read', targetName: 'sys_auth_profile_basic', targetScope: 'global', targetType: 'sys_db_object' })
