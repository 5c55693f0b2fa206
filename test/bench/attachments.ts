// Scoped GlideSysAttachment over sys_attachment (metadata) and
// sys_attachment_doc (content). Source: ServiceNow docs "GlideSysAttachment -
// Scoped": write(record, fileName, contentType, content) returns the attachment
// sys_id, or null when nothing was attached; getAttachments(table, sys_id) is a
// GlideRecord over the metadata (file_name, content_type, size_bytes);
// getContent(attachmentRecord) returns the content as a string and "returns
// undefined when used in the global scope"; getContentStream(sysId) exists in
// the scoped API (the bench does not offer it: no GlideScriptableInputStream).
// Assumed (the strict choice; the docs do not say which cross-scope checks the
// scoped API makes): a scoped script needs the privileges for what the platform
// does underneath: writing needs write on the record's table and create on
// sys_attachment; reading needs read on the record's table and on sys_attachment.
// The content is stored as one text row, not in 4 kB base64 chunks.
import type { BenchGlideRecord } from './glide-record'
import type { Runtime } from './runtime'

export interface AttachmentDeps {
    rt: Runtime
    /** The running script's scope ('global' outside any app script). */
    scope: () => string
}

export interface StoredAttachment {
    sys_id: string
    file_name: string
    content_type: string
    size_bytes: number
    content: string
}

export function attachmentsOf(rt: Runtime, table: string, sysId: string): StoredAttachment[] {
    return rt.store.rows('sys_attachment')
        .filter((row) => row.table_name === table && row.table_sys_id === sysId)
        .map((row) => ({
            sys_id: row.sys_id,
            file_name: row.file_name,
            content_type: row.content_type,
            size_bytes: Number(row.size_bytes),
            content: rt.store.rows('sys_attachment_doc').find((doc) => doc.sys_attachment === row.sys_id)?.data ?? '',
        }))
}

export function createGlideSysAttachment(deps: AttachmentDeps) {
    const { rt } = deps
    const may = (operation: 'read' | 'create' | 'write', recordTable: string, attachmentOperation: 'read' | 'create') =>
        rt.crossScope(operation, recordTable) && rt.crossScope(attachmentOperation, 'sys_attachment')
    return class GlideSysAttachment {
        write(record: BenchGlideRecord, fileName: string, contentType: string, content: string): string | null {
            const table = record.getTableName()
            const sysId = record.getUniqueValue()
            if (!sysId || !rt.store.get(table, sysId)) return null
            if (!may('write', table, 'create')) return null
            const text = String(content ?? '')
            const id = rt.store.newSysId()
            rt.store.put('sys_attachment', {
                sys_id: id, table_name: table, table_sys_id: sysId, file_name: String(fileName), content_type: String(contentType),
                size_bytes: String(Buffer.byteLength(text, 'utf8')), sys_created_by: rt.session().userName,
            })
            rt.store.put('sys_attachment_doc', { sys_id: rt.store.newSysId(), sys_attachment: id, position: '0', data: text })
            return id
        }

        getAttachments(table: string, sysId: string): unknown {
            const gr = rt.createGlideRecord('sys_attachment') as { addQuery(f: string, v: string): void; query(): void }
            if (!rt.crossScope('read', String(table))) {
                gr.addQuery('sys_id', '-none-')
            } else {
                gr.addQuery('table_name', String(table))
                gr.addQuery('table_sys_id', String(sysId))
            }
            gr.query()
            return gr
        }

        getContent(attachment: BenchGlideRecord): string | undefined {
            if (deps.scope() === 'global') return undefined
            const row = rt.store.get('sys_attachment', attachment.getUniqueValue())
            if (!row) return undefined
            if (!may('read', row.table_name, 'read')) return undefined
            return rt.store.rows('sys_attachment_doc').find((doc) => doc.sys_attachment === row.sys_id)?.data ?? ''
        }
    }
}
