import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: '1c7f9aa74558492fa1ac8ee69a5db4d4'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '5e9e60f414ee4852b6d2326056ecbb86'
                    }
                    property_enabled: {
                        table: 'sys_properties'
                        id: '6f0eb87e2da44bc8a4031c849b3da677'
                    }
                    src_server_correlation_ts: {
                        table: 'sys_module'
                        id: '04ee7a77b5024df69172343be58f3bbc'
                    }
                }
            }
        }
    }
}
