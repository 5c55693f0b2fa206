import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    acl_action_delete: {
                        table: 'sys_security_acl'
                        id: 'f42ff80f4faa45019d50fd2cc5bcc6c6'
                    }
                    acl_action_read: {
                        table: 'sys_security_acl'
                        id: '1c085939c85e41b5905fc46e98b19c22'
                    }
                    acl_action_write: {
                        table: 'sys_security_acl'
                        id: '5ff7020818954e04b4c90c0ed8ecde4f'
                    }
                    acl_failure_create: {
                        table: 'sys_security_acl'
                        id: '14c54fc8a9774f479a6778bb04a40e9e'
                    }
                    acl_failure_delete: {
                        table: 'sys_security_acl'
                        id: 'ff078f83334d44a28e9a3c549d198515'
                    }
                    acl_failure_endpoint: {
                        table: 'sys_security_acl'
                        id: 'fd2bb2da749340ae8e631ef03a23eac1'
                    }
                    acl_failure_read: {
                        table: 'sys_security_acl'
                        id: '9f50b8401b8c4cf4a761f4ee88eec1c0'
                    }
                    acl_failure_write: {
                        table: 'sys_security_acl'
                        id: '139e3796502a44ae81a6da93d2189d24'
                    }
                    acl_job_ajax_execute: {
                        table: 'sys_security_acl'
                        id: '2a4c13c46bd047c2ab031cf5bea12337'
                    }
                    acl_job_ajax_execute_bare: {
                        table: 'sys_security_acl'
                        id: '5d991c744a174a7891460861d7c2a18a'
                    }
                    acl_job_dialog_page: {
                        table: 'sys_security_acl'
                        id: '561944717ba24ac3b729d72255373db9'
                    }
                    acl_link_create: {
                        table: 'sys_security_acl'
                        id: 'a57332b692114579b752a03a44c95a81'
                    }
                    acl_link_delete: {
                        table: 'sys_security_acl'
                        id: 'a563f4a3ec624bd7872d669c5c088e2a'
                    }
                    acl_link_read: {
                        table: 'sys_security_acl'
                        id: '54699f23ba714295b5b48b7e8931d708'
                    }
                    acl_link_write: {
                        table: 'sys_security_acl'
                        id: '924f78c630d04e0093161e450cda47f4'
                    }
                    acl_link_write_active: {
                        table: 'sys_security_acl'
                        id: 'b9f25e59ed234ded89d3519a79254d22'
                    }
                    acl_link_write_by: {
                        table: 'sys_security_acl'
                        id: 'a1b2922b393342309ffa2f95cc7562f1'
                    }
                    acl_link_write_fields: {
                        table: 'sys_security_acl'
                        id: 'b39b373fa47c420da03f30811d0bfac6'
                    }
                    acl_link_write_how: {
                        table: 'sys_security_acl'
                        id: '434b483c1b814c5bb2c9fd1bbf092000'
                    }
                    acl_link_write_state: {
                        table: 'sys_security_acl'
                        id: '5e633de9a9f549a18342d0dd1ecfc4f2'
                    }
                    acl_overview_ajax_execute: {
                        table: 'sys_security_acl'
                        id: '059117bb422f486abbb26bbf1a39404d'
                    }
                    acl_overview_ajax_execute_bare: {
                        table: 'sys_security_acl'
                        id: 'ebd64f2fccc94e2f83372363d23ea2c3'
                    }
                    acl_overview_page: {
                        table: 'sys_security_acl'
                        id: '1b01f8eeee084ed9b6a2b99a5522aa88'
                    }
                    acl_server_allow_http_write: {
                        table: 'sys_security_acl'
                        id: '56a4b8aaf02f4f17a77764844e50d3bc'
                    }
                    acl_server_base_url_write: {
                        table: 'sys_security_acl'
                        id: 'e871fb087d374469bfcd638a2381be7f'
                    }
                    acl_server_collect_failures_read: {
                        table: 'sys_security_acl'
                        id: '8acdbc0955f14f85958d204317f9bb3d'
                    }
                    acl_server_collect_failures_write: {
                        table: 'sys_security_acl'
                        id: '15ee53bb221b453380bf91a2672ed533'
                    }
                    acl_server_connection_alias_write: {
                        table: 'sys_security_acl'
                        id: '83d684284be94b1690b09ab526db2db8'
                    }
                    acl_server_create: {
                        table: 'sys_security_acl'
                        id: '093d27332f2d471295a3e871c2901697'
                    }
                    acl_server_delete: {
                        table: 'sys_security_acl'
                        id: '2413cae09616424c8c53d6a676fc5b8a'
                    }
                    acl_server_incident_template_read: {
                        table: 'sys_security_acl'
                        id: 'a90c52a8973a44518b73e6dc2ef2ed10'
                    }
                    acl_server_incident_template_write: {
                        table: 'sys_security_acl'
                        id: '3cbceeb83a1b49a5ab47c8d8e4edc2c3'
                    }
                    acl_server_mid_server_write: {
                        table: 'sys_security_acl'
                        id: '224703d336184881942db6945e1e4dc0'
                        deleted: true
                    }
                    acl_server_read: {
                        table: 'sys_security_acl'
                        id: 'fc2a3b3901a6485794bdc5cbc9e1ee34'
                    }
                    acl_server_write: {
                        table: 'sys_security_acl'
                        id: '8b7324b48ce54699ba982985cd3b3299'
                    }
                    acl_storm_create: {
                        table: 'sys_security_acl'
                        id: 'a1bd32eb74534dbb9f9a63d00636afab'
                    }
                    acl_storm_delete: {
                        table: 'sys_security_acl'
                        id: '4f160b7c5e1945d29e0e0ea9c382c7aa'
                    }
                    acl_storm_read: {
                        table: 'sys_security_acl'
                        id: '43c2651a6275414ebd058cde61c5bb67'
                    }
                    acl_storm_write: {
                        table: 'sys_security_acl'
                        id: '864b880f58a94ac9ac86267fc41456a3'
                    }
                    acl_template_create: {
                        table: 'sys_security_acl'
                        id: '92c53772aaa74b519e0ddb17708b2f56'
                    }
                    acl_template_delete: {
                        table: 'sys_security_acl'
                        id: '03074d9024144e818a686f1f23c17afb'
                    }
                    acl_template_preview_ajax_execute: {
                        table: 'sys_security_acl'
                        id: 'f62135d08e8c4afc9ffc0a1cdbff5af6'
                    }
                    acl_template_preview_ajax_execute_bare: {
                        table: 'sys_security_acl'
                        id: 'dbedec07497b4ee09e770c3a07da672a'
                    }
                    acl_template_preview_page: {
                        table: 'sys_security_acl'
                        id: 'de64a61e8e7847c492d2a53d489cbd1f'
                    }
                    acl_template_read: {
                        table: 'sys_security_acl'
                        id: '9edb5a22a3144480b85db56068b20fd4'
                    }
                    acl_template_write: {
                        table: 'sys_security_acl'
                        id: '4a763bf52660464b878c308e38444db1'
                    }
                    alias_opcon: {
                        table: 'sys_alias'
                        id: '1f980be4be96413c926ec2788b049df6'
                    }
                    atf_ajax: {
                        table: 'sys_atf_test'
                        id: 'be749fc8414a45a29a1b6e49aeca4abd'
                    }
                    atf_ajax_not_production: {
                        table: 'sys_atf_step'
                        id: '74328c596edc40a697a318ce9b6a59ba'
                    }
                    atf_ajax_script: {
                        table: 'sys_atf_step'
                        id: '79be463bb49742cdb884f3ba8dd3b0d2'
                    }
                    atf_ajax_user: {
                        table: 'sys_atf_step'
                        id: '7bb884a5791a49539aacf204e4e65986'
                    }
                    atf_endpoint: {
                        table: 'sys_atf_test'
                        id: '5572c2ebed2440d69aec29977d1c0b03'
                    }
                    atf_endpoint_bad_input: {
                        table: 'sys_atf_step'
                        id: 'ebcdc8d1c7f54f0d907486140b17aa17'
                    }
                    atf_endpoint_bad_input_status: {
                        table: 'sys_atf_step'
                        id: 'efe788a36b0f442fab76a7da20453382'
                    }
                    atf_endpoint_bad_input_words: {
                        table: 'sys_atf_step'
                        id: '72cac88df26f43dd876b6d135477c2bc'
                    }
                    atf_endpoint_no_role: {
                        table: 'sys_atf_step'
                        id: '15419ea710b74d2a9197b1ec8f5484c7'
                    }
                    atf_endpoint_no_role_status: {
                        table: 'sys_atf_step'
                        id: '3d51e0c8f1eb489f9b64b12c0f650968'
                    }
                    atf_endpoint_nothing_recorded: {
                        table: 'sys_atf_step'
                        id: '2c3a8da438c24c2d9a0329654e5946dd'
                    }
                    atf_endpoint_profile_integration: {
                        table: 'sys_atf_step'
                        id: 'c4d1bf002ac64ef1a68ad8fcb5ec56fd'
                        deleted: true
                    }
                    atf_endpoint_profile_norole: {
                        table: 'sys_atf_step'
                        id: '8f61bbc385ac459b9cc4b848e6ed3bac'
                        deleted: true
                    }
                    atf_endpoint_setup_check: {
                        table: 'sys_atf_step'
                        id: '350be089f77d4ef7b4d52db081088861'
                    }
                    atf_flow: {
                        table: 'sys_atf_test'
                        id: '0d5b0b34d9b041768b4f40bb4b3146c0'
                    }
                    atf_flow_not_production: {
                        table: 'sys_atf_step'
                        id: 'fbe636e562fb42fc9f32988f8535e883'
                    }
                    atf_flow_script: {
                        table: 'sys_atf_step'
                        id: '953e11a675f044c8b565fb6e013447b7'
                    }
                    atf_flow_user: {
                        table: 'sys_atf_step'
                        id: '03192c8af83147a29e77abc425918cf9'
                    }
                    atf_link: {
                        table: 'sys_atf_test'
                        id: '4a06a09d3ee543bc8aa7dc325a640a62'
                    }
                    atf_link_edit: {
                        table: 'sys_atf_step'
                        id: '20839c7f1b094f878fc4525564a6271c'
                    }
                    atf_link_not_production: {
                        table: 'sys_atf_step'
                        id: 'b6b81db3756a4b779d4d51691eadb880'
                    }
                    atf_link_setup: {
                        table: 'sys_atf_step'
                        id: 'd0994736ad4e479bb0c399df90b2fe12'
                    }
                    atf_link_untrusted: {
                        table: 'sys_atf_step'
                        id: '0b5f417e15c04b9f81c8cc652d083de7'
                    }
                    atf_link_user: {
                        table: 'sys_atf_step'
                        id: 'c32d280ce4d74accb818f76170de40b0'
                    }
                    atf_probe: {
                        table: 'sys_atf_test'
                        id: '299c9732547849e6aa535ee8515353fe'
                        deleted: true
                    }
                    atf_probe_imp: {
                        table: 'sys_atf_step'
                        id: 'f42fd772e48049d496f1cf060cba4dcf'
                        deleted: true
                    }
                    atf_probe_m: {
                        table: 'sys_atf_test_suite_test'
                        id: '8cc69cee8ef64ff6bc29c751fcf92805'
                        deleted: true
                    }
                    atf_probe_s: {
                        table: 'sys_atf_step'
                        id: '49d54f691ae54a1fb942d60e5d85b18b'
                        deleted: true
                    }
                    atf_probe_suite: {
                        table: 'sys_atf_test_suite'
                        id: '0069f276424b48c69fc5cdda8ff0775c'
                        deleted: true
                    }
                    atf_probe_u: {
                        table: 'sys_atf_step'
                        id: '92cf11ba2d984f69a81ff7492c7be15e'
                        deleted: true
                    }
                    atf_rules: {
                        table: 'sys_atf_test'
                        id: '19f914ea68f541ceba7a8e8a49383a90'
                    }
                    atf_rules_not_production: {
                        table: 'sys_atf_step'
                        id: '82ed64dac55c4b018c7a026861488c2f'
                    }
                    atf_rules_script: {
                        table: 'sys_atf_step'
                        id: '6c1cfc4232154d5c8952b97a6639fd19'
                    }
                    atf_rules_user: {
                        table: 'sys_atf_step'
                        id: '1418af0e57184af4b2cfc2316603b7ad'
                    }
                    atf_suite: {
                        table: 'sys_atf_test_suite'
                        id: 'd9a66b2ecca444dd960b608e56cdddfe'
                    }
                    atf_suite_ajax: {
                        table: 'sys_atf_test_suite_test'
                        id: '305699a5a99d4ea6b46393d25aeb625d'
                    }
                    atf_suite_endpoint: {
                        table: 'sys_atf_test_suite_test'
                        id: '3d7e8f90049143b997fbfab09f1c8a8f'
                    }
                    atf_suite_flow: {
                        table: 'sys_atf_test_suite_test'
                        id: '7d60751f699248f1bfa3e585554515b0'
                    }
                    atf_suite_link: {
                        table: 'sys_atf_test_suite_test'
                        id: '61e5a2d2417e4090a83ad18a43e1a9a3'
                    }
                    atf_suite_rules: {
                        table: 'sys_atf_test_suite_test'
                        id: '9dc02fca92574daf8afe1fddad3ee9be'
                    }
                    atf_suite_switch: {
                        table: 'sys_atf_test_suite_test'
                        id: '6ef11860a19c41eaa8118d4e59634144'
                    }
                    atf_suite_token: {
                        table: 'sys_atf_test_suite_test'
                        id: '1b873f5f3f934c22899ca1db3a9eda5e'
                    }
                    atf_switch: {
                        table: 'sys_atf_test'
                        id: '43dfd681459740569d6de8209cd83aa4'
                    }
                    atf_switch_not_production: {
                        table: 'sys_atf_step'
                        id: '460a15559ce641c1b2fbc28c4e152db3'
                    }
                    atf_switch_script: {
                        table: 'sys_atf_step'
                        id: '5891cf620712434394d15fd10fa2afda'
                    }
                    atf_switch_user: {
                        table: 'sys_atf_step'
                        id: '2f7847e19c494dd888ab4e715abcfea0'
                    }
                    atf_token: {
                        table: 'sys_atf_test'
                        id: '545fd38c20a140508bd7fb70581c449e'
                    }
                    atf_token_not_production: {
                        table: 'sys_atf_step'
                        id: 'b67caccf757a48418a9b9735c4930409'
                    }
                    atf_token_script: {
                        table: 'sys_atf_step'
                        id: '9a355ecae6564f9c96a43438c2d970af'
                    }
                    auto_flush_actions: {
                        table: 'sys_auto_flush'
                        id: 'fb1da8c215b749a399e48d01177afcbc'
                    }
                    auto_flush_failures: {
                        table: 'sys_auto_flush'
                        id: '62c6522592b1413ba28065a958bc02cf'
                    }
                    auto_flush_storms: {
                        table: 'sys_auto_flush'
                        id: '5bc5686982c940bc8bc44981f30adff8'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '1c7f9aa74558492fa1ac8ee69a5db4d4'
                    }
                    br_failure_retention_sync: {
                        table: 'sys_script'
                        id: 'dd4be72887b54534b022b30dc129d0c9'
                    }
                    br_link_check: {
                        table: 'sys_script'
                        id: '086d491253f147cc93798bc806fe2092'
                    }
                    br_link_guard: {
                        table: 'sys_script'
                        id: '6ebea582a1d1470bb72f3c63256c52bf'
                    }
                    br_link_record: {
                        table: 'sys_script'
                        id: '503afd824a414145bd3309cd76bc94f4'
                    }
                    br_link_retire: {
                        table: 'sys_script'
                        id: 'a55f2f629d224c98b2492780c33ea505'
                    }
                    br_outage_parent_settled: {
                        table: 'sys_script'
                        id: '4e453ea669f344c680317fc36d56bca6'
                    }
                    br_retention_sync: {
                        table: 'sys_script'
                        id: '1334db9b0a2149d38758b41b51cd8ff8'
                    }
                    br_server_active_changed: {
                        table: 'sys_script'
                        id: '952626848bae43f5bf08262ff56b1b1d'
                    }
                    br_server_deleted: {
                        table: 'sys_script'
                        id: '32c8f49e8d634c41be85fb6a6dd27d2b'
                    }
                    br_server_template_notice: {
                        table: 'sys_script'
                        id: '52e1b5610d024404b32dbc828b68b28b'
                    }
                    br_server_validation: {
                        table: 'sys_script'
                        id: '3ec77456a98b471280853ee41ea2089c'
                    }
                    br_template_validation: {
                        table: 'sys_script'
                        id: '0bb3631379694affaa4a78da0e0226ae'
                    }
                    br_ticket_accepted: {
                        table: 'sys_script'
                        id: '387be249e90d4c7b94bd4ff5516a227a'
                    }
                    br_ticket_canceled: {
                        table: 'sys_script'
                        id: 'f1258e866fc3472c9480d6f17f319706'
                    }
                    br_ticket_release: {
                        table: 'sys_script'
                        id: '04bf953843b24d43ab6bc5a9eb6b7538'
                    }
                    br_ticket_resolved: {
                        table: 'sys_script'
                        id: 'c1f871c336fa42caa4126168149523bc'
                    }
                    category_action_retention_days: {
                        table: 'sys_properties_category_m2m'
                        id: '4fae05adf06d40dcada3256e6d25841e'
                    }
                    category_always_new_incident: {
                        table: 'sys_properties_category_m2m'
                        id: '281dab98991f473f8a7de8f7ecdb1225'
                    }
                    category_api_actions: {
                        table: 'sys_properties_category_m2m'
                        id: 'bf34a75b803243a48cfe1e91912bdf47'
                    }
                    category_ci_class: {
                        table: 'sys_properties_category_m2m'
                        id: 'c70b57f0351d42db9582cdd9717a691a'
                    }
                    category_collect_interval_minutes: {
                        table: 'sys_properties_category_m2m'
                        id: 'ecbe8fc09c9d4489845c27f1fce21bf9'
                    }
                    category_correlation_display: {
                        table: 'sys_properties_category_m2m'
                        id: 'a24c42682c1e48878972e4ebdff03b7f'
                    }
                    category_enabled: {
                        table: 'sys_properties_category_m2m'
                        id: 'fad68dd67fde4b2bada867cdd9139ea3'
                    }
                    category_failure_extra_days: {
                        table: 'sys_properties_category_m2m'
                        id: '0b705c98c93f4065aaf61eda175460b1'
                    }
                    category_failure_grace_minutes: {
                        table: 'sys_properties_category_m2m'
                        id: '1c584353e9d54bf6847289ecad80a948'
                    }
                    category_failure_retention_days: {
                        table: 'sys_properties_category_m2m'
                        id: 'eccc647ace9c4c43b666c4e692782606'
                    }
                    category_http_timeout_ms: {
                        table: 'sys_properties_category_m2m'
                        id: '513a14f11a3e4b7397f45cb5f37c0902'
                    }
                    category_job_log_max_kb: {
                        table: 'sys_properties_category_m2m'
                        id: '0082256460a940d1b95fc2ad3fe0a443'
                    }
                    category_log_level: {
                        table: 'sys_properties_category_m2m'
                        id: '5858dd1cb4344cd0be63604ebe3e1f08'
                    }
                    category_max_attempts: {
                        table: 'sys_properties_category_m2m'
                        id: '33f606275d5845aebe00f5faf906653e'
                    }
                    category_max_calls_per_second: {
                        table: 'sys_properties_category_m2m'
                        id: '0da5466318a3430680e7d53d9390e370'
                    }
                    category_push_max_per_minute: {
                        table: 'sys_properties_category_m2m'
                        id: '6554d9881906411a931d7b4fe055b17e'
                    }
                    category_reopen_state: {
                        table: 'sys_properties_category_m2m'
                        id: '5ba2c1b5ea174e6cb83bce84d6df9eb0'
                    }
                    category_resolve_action: {
                        table: 'sys_properties_category_m2m'
                        id: '8526ad43c57041358b5e1e17f006220a'
                    }
                    category_retry_backoff_seconds: {
                        table: 'sys_properties_category_m2m'
                        id: '527a22fe4cc344f7b54f63bf264d92de'
                    }
                    category_storm_grouping: {
                        table: 'sys_properties_category_m2m'
                        id: '5ea39746f32040eea24fb2220354e74a'
                    }
                    category_storm_threshold: {
                        table: 'sys_properties_category_m2m'
                        id: '8876e813356c4e48982542b4ac660ccf'
                    }
                    category_storm_window_minutes: {
                        table: 'sys_properties_category_m2m'
                        id: '8de7aa64a7f94fa3bb138c4e1a25e6ac'
                    }
                    category_work_notes: {
                        table: 'sys_properties_category_m2m'
                        id: '5608b15bab1b4209a326366897b0332e'
                    }
                    csp_ajax_processor: {
                        table: 'sys_scope_privilege'
                        id: '5e6449f4ecd14d7cb54944f008e2993a'
                    }
                    csp_atf_basic_auth_profile_read: {
                        table: 'sys_scope_privilege'
                        id: 'd7c7bef50adf40cf873fbd3367f29547'
                        deleted: true
                    }
                    csp_attachment_create: {
                        table: 'sys_scope_privilege'
                        id: '390eaaebea8d4f53a56fb1766c65c699'
                    }
                    csp_auto_flush_read: {
                        table: 'sys_scope_privilege'
                        id: 'e08d0d43c0b943249a7d6765c281cd7d'
                    }
                    csp_auto_flush_write: {
                        table: 'sys_scope_privilege'
                        id: '4f9ff6e2c1184cafa65404b66e8436f6'
                    }
                    csp_cmdb_computer_read: {
                        table: 'sys_scope_privilege'
                        id: 'fbd8e928fb534b37a3b18eae97760ffd'
                    }
                    csp_cmdb_hardware_read: {
                        table: 'sys_scope_privilege'
                        id: 'bb71c9d069984a358b5e393589349fe6'
                    }
                    csp_cmdb_linux_server_read: {
                        table: 'sys_scope_privilege'
                        id: '448ac5ebb8524d5dadcfae9690904a09'
                    }
                    csp_cmdb_server_read: {
                        table: 'sys_scope_privilege'
                        id: 'a9c944b2fe9a474eb62fc806e3fd6cb3'
                    }
                    csp_cmdb_win_server_read: {
                        table: 'sys_scope_privilege'
                        id: 'e1e287db42804b17b474abd1c827b256'
                    }
                    csp_connection_info: {
                        table: 'sys_scope_privilege'
                        id: 'fdda98782efc4a81bdc7931eda58cc33'
                    }
                    csp_ecc_agent_read: {
                        table: 'sys_scope_privilege'
                        id: '232a58398d684f90918b2ea5b6591037'
                    }
                    csp_flow_action_read: {
                        table: 'sys_scope_privilege'
                        id: '0117dc72857b4973bf1141b53e6476db'
                    }
                    csp_incident_create: {
                        table: 'sys_scope_privilege'
                        id: '4255f1a3fd824261b59faaa3bb6586df'
                    }
                    csp_incident_read: {
                        table: 'sys_scope_privilege'
                        id: 'f0486b5ce07e4b0dbe4ceceba4cadece'
                    }
                    csp_incident_write: {
                        table: 'sys_scope_privilege'
                        id: '6c0cb99baaaf4a6dbfa7017b1b558dfd'
                        deleted: false
                    }
                    csp_ire_create_or_update: {
                        table: 'sys_scope_privilege'
                        id: '23c4aa0d6efe4c55a0cf0c245b1ad643'
                    }
                    csp_ire_identify: {
                        table: 'sys_scope_privilege'
                        id: 'a17efa02bd714ceda59153a72d4eb28a'
                    }
                    csp_related_list_entry_create: {
                        table: 'sys_scope_privilege'
                        id: '1d5ce3cf4bf948a6b403721327a280bc'
                    }
                    csp_related_list_entry_read: {
                        table: 'sys_scope_privilege'
                        id: '120b21b435bf4bbf9afb00b26f310dbe'
                    }
                    csp_related_list_read: {
                        table: 'sys_scope_privilege'
                        id: 'a15a56ff7e964d99a9ccd208276f83b5'
                    }
                    csp_role_read: {
                        table: 'sys_scope_privilege'
                        id: '4b6b5175e0544cb68ec51afc4366bb91'
                    }
                    csp_scheduled_job_read: {
                        table: 'sys_scope_privilege'
                        id: '8c39bb3ff0024f71bbf360a1032ba01e'
                    }
                    csp_sys_choice_create: {
                        table: 'sys_scope_privilege'
                        id: '44c949a4b2cd4048a570db767868f6fb'
                    }
                    csp_sys_choice_read: {
                        table: 'sys_scope_privilege'
                        id: '193286e03c1e41a6b3e5b2c400f5e824'
                    }
                    csp_sys_script_read: {
                        table: 'sys_scope_privilege'
                        id: '4db77c5d74fb48cd9a81ca1fa1f2b649'
                    }
                    csp_template_group_read: {
                        table: 'sys_scope_privilege'
                        id: 'a4e4c9aed1a04c3eab2f093c046428b9'
                    }
                    csp_template_schedule_read: {
                        table: 'sys_scope_privilege'
                        id: '223b94db589447ca8f4987ff664b48dd'
                    }
                    csp_user_read: {
                        table: 'sys_scope_privilege'
                        id: '768810cd49a34bb4bd1a4b8e413d582a'
                    }
                    csp_user_role_read: {
                        table: 'sys_scope_privilege'
                        id: 'ed10a454e99041eea4dc7fa5959b21da'
                    }
                    event_action_queued: {
                        table: 'sysevent_register'
                        id: '00add1a60f7e4e67bb3beec416ae9d23'
                    }
                    event_failure_reported: {
                        table: 'sysevent_register'
                        id: '4f0f77b310e04bf999c5e51df5e02fe5'
                    }
                    event_link_check: {
                        table: 'sysevent_register'
                        id: '543a4c4a7845417fb18c33495ca90a5b'
                    }
                    fa_add_job_to_daily_schedule: {
                        table: 'sys_hub_action_type_definition'
                        id: '1259e26ff0f640bb8071137f7f9fc875'
                    }
                    fa_add_job_to_daily_schedule_step: {
                        table: 'sys_hub_step_instance'
                        id: 'ca18eb714f7d491897b135e7fe86e7fc'
                    }
                    fa_build_schedule: {
                        table: 'sys_hub_action_type_definition'
                        id: '1227ff995e25416394e3fd87f833b126'
                    }
                    fa_build_schedule_step: {
                        table: 'sys_hub_step_instance'
                        id: 'f27c7bf73c9544b591283cf2eca9b612'
                    }
                    fa_cancel_job: {
                        table: 'sys_hub_action_type_definition'
                        id: 'bb8289635ec8428495169d361614124c'
                    }
                    fa_cancel_job_step: {
                        table: 'sys_hub_step_instance'
                        id: '1ba7e1e00cf24118872879f13dbf40d8'
                    }
                    fa_find_daily_schedule: {
                        table: 'sys_hub_action_type_definition'
                        id: '10077fee3ad9400cbe91afb8d12e2ac3'
                    }
                    fa_find_daily_schedule_step: {
                        table: 'sys_hub_step_instance'
                        id: 'fd983472eadd4c65abc581847bd63bb0'
                    }
                    fa_get_daily_job: {
                        table: 'sys_hub_action_type_definition'
                        id: '47fac94ab28e419e811251d7575f494b'
                    }
                    fa_get_daily_job_step: {
                        table: 'sys_hub_step_instance'
                        id: 'db91195ce5634b5494beaa406b32c80e'
                    }
                    fa_hold_job: {
                        table: 'sys_hub_action_type_definition'
                        id: '35b01b3b0066422fb9218f5039fa0465'
                    }
                    fa_hold_job_step: {
                        table: 'sys_hub_step_instance'
                        id: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                    }
                    fa_mark_job_fixed: {
                        table: 'sys_hub_action_type_definition'
                        id: '03138554a6804d9abde87017b394d3e3'
                    }
                    fa_mark_job_fixed_step: {
                        table: 'sys_hub_step_instance'
                        id: '4b91a9f59afc4083aaf81bd92ce9e59f'
                    }
                    fa_mark_job_under_review: {
                        table: 'sys_hub_action_type_definition'
                        id: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                    }
                    fa_mark_job_under_review_step: {
                        table: 'sys_hub_step_instance'
                        id: 'd180fb58ed9345519f7ac17d3c42905b'
                    }
                    fa_release_job: {
                        table: 'sys_hub_action_type_definition'
                        id: '0ddff35ff68d43af808cdda8ce4049df'
                    }
                    fa_release_job_step: {
                        table: 'sys_hub_step_instance'
                        id: 'df6f2bdcf85b42379a0f6e8d344f8299'
                    }
                    fa_restart_job: {
                        table: 'sys_hub_action_type_definition'
                        id: '3696c4061aa7496f89e2a2aab76c92c5'
                    }
                    fa_restart_job_step: {
                        table: 'sys_hub_step_instance'
                        id: '0f8788c89ebe456a82afcf2f73a2e29a'
                    }
                    fa_wait_for_result: {
                        table: 'sys_hub_action_type_definition'
                        id: '44a5eed93915483e82f99850a09c7b7a'
                    }
                    fa_wait_for_result_step: {
                        table: 'sys_hub_step_instance'
                        id: '5769de80d8a7495aac365eaf94066170'
                    }
                    fix_discovery_source: {
                        table: 'sys_script_fix'
                        id: '1d7be260498a4a2a91a6fb50601ec89a'
                    }
                    fix_incident_related_list: {
                        table: 'sys_script_fix'
                        id: '561d1bf1f892479ea63b862888f5c0ce'
                    }
                    job_collect_failures: {
                        table: 'sysauto_script'
                        id: 'bf1d05ef2bc34830923fabc91325fd7c'
                    }
                    job_deliver_due: {
                        table: 'sysauto_script'
                        id: 'a3ffa7489efc421caa16f89e08caa89f'
                    }
                    job_link_check: {
                        table: 'sysauto_script'
                        id: 'c84aeaad630a46e4ab17ef7feed386b1'
                    }
                    list_order_action: {
                        table: 'sys_user_preference'
                        id: '7e92c7135f124cb7a3ba6a56efbbeff0'
                    }
                    list_order_binding: {
                        table: 'sys_user_preference'
                        id: 'cb87baba0b3b4f1cb2f88102ec95a875'
                    }
                    list_order_direction_action: {
                        table: 'sys_user_preference'
                        id: '292c2a98f2bb49c4976caf09cea06420'
                    }
                    list_order_direction_binding: {
                        table: 'sys_user_preference'
                        id: 'b46db2c8e04448289c92a7891cccb426'
                    }
                    list_order_direction_failure: {
                        table: 'sys_user_preference'
                        id: '4e7d48d97511494bbbdd93bcf272809a'
                    }
                    list_order_direction_storm: {
                        table: 'sys_user_preference'
                        id: 'c2136570ddaa47019d2002ebd2c1f43d'
                    }
                    list_order_failure: {
                        table: 'sys_user_preference'
                        id: 'c0db659e495048da845904efe9406219'
                    }
                    list_order_storm: {
                        table: 'sys_user_preference'
                        id: '703406731efb4b68b4126e15ca9b5275'
                    }
                    menu: {
                        table: 'sys_app_application'
                        id: '4800ba2655724cc2a105cb4d0b513ead'
                    }
                    module_actions: {
                        table: 'sys_app_module'
                        id: 'b45e790c9b014ff9bfaa40322130a666'
                    }
                    module_failures: {
                        table: 'sys_app_module'
                        id: '214c79117a954f31a1ba866ae5219dad'
                    }
                    module_links: {
                        table: 'sys_app_module'
                        id: '4b9e22f56f6848288df7db5c8014029f'
                    }
                    module_new_server: {
                        table: 'sys_app_module'
                        id: 'b64d7e727103474591b5780ec502d6c1'
                    }
                    module_overview: {
                        table: 'sys_app_module'
                        id: '383e315af2e64bff854c6d3499d4722f'
                    }
                    module_properties: {
                        table: 'sys_app_module'
                        id: '0fb23e0bf4434d63ab4572dc60ba3cd7'
                    }
                    module_servers: {
                        table: 'sys_app_module'
                        id: 'f9c37421f27e487dbf521fc3a4000ee3'
                    }
                    module_storms: {
                        table: 'sys_app_module'
                        id: '6d071390f37a4b489feb2ecf58bceb08'
                    }
                    module_templates: {
                        table: 'sys_app_module'
                        id: 'c355f579931141a881955803503acafa'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '5e9e60f414ee4852b6d2326056ecbb86'
                    }
                    properties_category: {
                        table: 'sys_properties_category'
                        id: 'b1646509a8024822b12ab32ccca012fc'
                    }
                    property_action_retention_days: {
                        table: 'sys_properties'
                        id: '6b0dbea30231475b9d6cb0c0ff58bdf6'
                    }
                    property_always_new_incident: {
                        table: 'sys_properties'
                        id: '777be453b28346c69fc1f7343e191698'
                    }
                    property_api_actions: {
                        table: 'sys_properties'
                        id: 'c00c2dbf2e6e40ad8f22aa4df22c1e16'
                    }
                    property_ci_class: {
                        table: 'sys_properties'
                        id: 'd132f271fe504dca83771aff47947e35'
                    }
                    property_collect_interval_minutes: {
                        table: 'sys_properties'
                        id: '54b2296ecc0d4fd1880fc71391ffc6b0'
                    }
                    property_correlation_display: {
                        table: 'sys_properties'
                        id: 'a720185b3e41414c9968aacec718e888'
                    }
                    property_enabled: {
                        table: 'sys_properties'
                        id: '6f0eb87e2da44bc8a4031c849b3da677'
                        deleted: false
                    }
                    property_failure_extra_days: {
                        table: 'sys_properties'
                        id: '910c0ba14f504118a720c144322c4d4b'
                    }
                    property_failure_grace_minutes: {
                        table: 'sys_properties'
                        id: '72f45667228041a9bb064af32eb4c2c5'
                    }
                    property_failure_retention_days: {
                        table: 'sys_properties'
                        id: '4a64784514b348d0aa24237a446ee8f6'
                    }
                    property_http_timeout_ms: {
                        table: 'sys_properties'
                        id: '28384a603ff542459936837998135f19'
                    }
                    property_job_log_max_kb: {
                        table: 'sys_properties'
                        id: '88ab53dad1bf49c987d150b086bf4da9'
                    }
                    property_log_level: {
                        table: 'sys_properties'
                        id: 'e8657d9c09ea4f03b18d7d5bb886c336'
                    }
                    property_max_attempts: {
                        table: 'sys_properties'
                        id: 'f7177f03c2ff4667bea2cd4f508752ef'
                    }
                    property_max_calls_per_second: {
                        table: 'sys_properties'
                        id: '253afddffdc24950b4783206d881587d'
                    }
                    property_push_max_per_minute: {
                        table: 'sys_properties'
                        id: '7eff90cf96354b889ea5862730a9aa2a'
                    }
                    property_reopen_state: {
                        table: 'sys_properties'
                        id: '67ec62e427114463bd21ccb0a41fb7e8'
                    }
                    property_resolve_action: {
                        table: 'sys_properties'
                        id: 'a6393f782c734b8992de634f490c43ac'
                    }
                    property_retry_backoff_seconds: {
                        table: 'sys_properties'
                        id: 'ee13016fb98d443d84930fc6038fa17f'
                    }
                    property_storm_grouping: {
                        table: 'sys_properties'
                        id: '4730ec1c96384fe0bd2257de0b7d01ea'
                    }
                    property_storm_threshold: {
                        table: 'sys_properties'
                        id: '80f369153fce40f184201806134d0e90'
                    }
                    property_storm_window_minutes: {
                        table: 'sys_properties'
                        id: '89184f708a3c479cbe80a606adbdd3c7'
                    }
                    property_work_notes: {
                        table: 'sys_properties'
                        id: '44933f4452314bd7bf066eb822bc5007'
                    }
                    queue_delivery: {
                        table: 'sysevent_queue'
                        id: 'b861edb847c54ab0bb62ae34e0e95f8b'
                    }
                    queue_failures: {
                        table: 'sysevent_queue'
                        id: '3f914c251aed4b66bb32fa2b58250173'
                    }
                    related_list_server_actions: {
                        table: 'sys_ui_related_list_entry'
                        id: 'e3bb3a191ccd42ce97747160d779ed82'
                    }
                    related_list_server_failures: {
                        table: 'sys_ui_related_list_entry'
                        id: '194b6116e0d74be5a5e278c5fcd460b9'
                    }
                    related_list_template_servers: {
                        table: 'sys_ui_related_list_entry'
                        id: 'be6520a3382546eba859d1eb7e56163a'
                    }
                    related_lists_server: {
                        table: 'sys_ui_related_list'
                        id: '39fd697564fe432ca716363a946f4da7'
                    }
                    related_lists_template: {
                        table: 'sys_ui_related_list'
                        id: '87ee3283436a427ab04862a1e6bb7e0d'
                    }
                    rest_api_opcon: {
                        table: 'sys_ws_definition'
                        id: '5ccd0cabb7f84749b28f00515ee9e4a5'
                    }
                    rest_api_opcon_v1: {
                        table: 'sys_ws_version'
                        id: '95fbbf565e1e4026a5498a57dd0818af'
                    }
                    rest_opcon: {
                        table: 'sys_rest_message'
                        id: '74a8aefab26e4332b82eacb310f71a8b'
                    }
                    rest_route_failures: {
                        table: 'sys_ws_operation'
                        id: 'f6d8f022502041229cfd956003fb8224'
                    }
                    rest_v_build_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '94d43b54d0d24aa1b3a67fa6e2f57e1c'
                    }
                    rest_v_build_id: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '363e561b60634504864a32585944b4bc'
                    }
                    rest_v_builds_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '91372d4e21b3435e89785d6c028cee41'
                    }
                    rest_v_dailyjob_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'a4e62fc4fc6e4e0583c73f486cc00304'
                    }
                    rest_v_dailyjob_id: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'dcad40ceec2540bf938f6799dcf760e4'
                    }
                    rest_v_dailyjobs_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '8a2582310d264ddda1bb32408faa1fc5'
                    }
                    rest_v_dailyjobs_query: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '4350252ef045442397b1236254d1054c'
                    }
                    rest_v_doc_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '39d62f64e2b7404596e1e941ff62a8ce'
                    }
                    rest_v_doc_id: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '3847fb2c46274ebab687fba82722fa37'
                    }
                    rest_v_doc_set_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '258eac1803684e9cb7109a352ee95764'
                    }
                    rest_v_doc_set_id: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '020dac596f89400aabf0e9d392af5633'
                    }
                    rest_v_jobaction_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'af02c26b7dea45d3925260944dd1f0fa'
                    }
                    rest_v_jobaction_id: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '4bfb470f52d64f3a9d421fedfab62704'
                    }
                    rest_v_jobactions_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '9e053f7aabc6474f937e4d5554cf7a8d'
                    }
                    rest_v_machines_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'dcf546a81c3d4990873f5ef3a60c3b96'
                    }
                    rest_v_machines_query: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'bbdf543b52d444cbaab852f2345f4da5'
                    }
                    rest_v_output_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '08ee0418d90d428896a432e88ada2996'
                    }
                    rest_v_output_result_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'f937ff16630b43c4a0d07566811887a9'
                    }
                    rest_v_output_result_id: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '52aa3bee7cf249f29551346457fab6b9'
                    }
                    rest_v_scheduleaction_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '59504f66a1b043498dc13fff624b48ab'
                    }
                    rest_v_scheduleaction_id: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'b2f21d24506147da9bf7793989a22622'
                    }
                    rest_v_scheduleactions_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'e41484e4bb1f4a5fb132799f435aa801'
                    }
                    rest_v_schedules_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'bd461749df6540eca3ea1a64158b29da'
                    }
                    rest_v_schedules_query: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '252dda9c6ad7448b8d4a87a3606f8b5e'
                    }
                    rest_v_ticket_add_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '2c704bf489d6483ba067a6ed20cb7a3e'
                    }
                    rest_v_ticket_add_uid: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'a696d3ee0e4b40c89d4a3713c5f37a6f'
                    }
                    rest_v_ticket_put_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '33a698fbda534d36ade56660c30f4a63'
                    }
                    rest_v_ticket_put_id: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'b6213b69bd914f999c83fdfe6adc4245'
                    }
                    rest_v_ticket_put_uid: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'a5b279798094480d91b4ad391b690681'
                    }
                    rest_v_tickets_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '6494284d92a64bea8ad8bba32a9b8574'
                    }
                    rest_v_tickets_uid: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '7ded871fb8394ce9884988466a8ce17d'
                    }
                    rest_v_version_base: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '2a426fe03c2244118baf36bad37e4d96'
                    }
                    sa_deliver_action: {
                        table: 'sysevent_script_action'
                        id: '9e95be0da9e04353af029a685551ff96'
                    }
                    sa_failure_reported: {
                        table: 'sysevent_script_action'
                        id: 'caa86bcde9aa4bae97b85b766e90a10e'
                    }
                    sa_link_check: {
                        table: 'sysevent_script_action'
                        id: '7002380761af4acabf7f1cdfc9c9261f'
                    }
                    scan_actions_unpublished: {
                        table: 'scan_table_check'
                        id: '10573d7f979f46a0888c35546ea49237'
                    }
                    scan_default_template: {
                        table: 'scan_table_check'
                        id: '71c84c0b65794c5e9993de687162aab9'
                    }
                    scan_failures_in_error: {
                        table: 'scan_table_check'
                        id: 'cb497040f88e41b9831913e239f9dcd2'
                    }
                    scan_no_credential: {
                        table: 'scan_table_check'
                        id: '4ddaebeb650942a58c48c35a798add55'
                    }
                    scan_old_sma_rules: {
                        table: 'scan_table_check'
                        id: 'd76cffbfbfcf444696fe6d7f9a2b8ee3'
                    }
                    si_job_ajax: {
                        table: 'sys_script_include'
                        id: '94c211fad6084e7c9abcfe819afad7b0'
                    }
                    si_opcon_api: {
                        table: 'sys_script_include'
                        id: 'b0117b8b560144e09625abfcf1ccc7d6'
                    }
                    si_overview_ajax: {
                        table: 'sys_script_include'
                        id: '5a2cfaac42c4455e8f9271559d0ccad9'
                    }
                    si_template_preview_ajax: {
                        table: 'sys_script_include'
                        id: 'a0e471c5a12b4b6eaeeec0b455f5aa33'
                    }
                    'src_server_action-queue_ts': {
                        table: 'sys_module'
                        id: '95401d56ec05429bb761fb89132cafcd'
                        deleted: true
                    }
                    'src_server_admin_alias-link_ts': {
                        table: 'sys_module'
                        id: 'f2eba7bb99354aaab6dc8ac30dcee93d'
                    }
                    'src_server_admin_connection-test_ts': {
                        table: 'sys_module'
                        id: '41b19053a2f94687abc532f28dffe43f'
                    }
                    'src_server_admin_form-layout_ts': {
                        table: 'sys_module'
                        id: '7fd963ae4a2443d9896ed80de55e0d6b'
                    }
                    'src_server_admin_form-setup_ts': {
                        table: 'sys_module'
                        id: 'da820910898e41f9bf18623219b6f53a'
                    }
                    'src_server_admin_server-form_ts': {
                        table: 'sys_module'
                        id: 'dc9247f0fda144eda96881ebee8b4231'
                    }
                    'src_server_admin_server-form-notice_ts': {
                        table: 'sys_module'
                        id: 'a7fcd911e709493fb1c8cc64753173b1'
                    }
                    'src_server_admin_server-lifecycle_ts': {
                        table: 'sys_module'
                        id: '8982159a752e42e59877016b1506b1c5'
                    }
                    'src_server_admin_setup-checklist_ts': {
                        table: 'sys_module'
                        id: '126dc296615e465baf83e1b233122469'
                    }
                    'src_server_admin_setup-probes_ts': {
                        table: 'sys_module'
                        id: '30f65f1141a14bff996db4edb696b5be'
                    }
                    'src_server_admin_template-notice_ts': {
                        table: 'sys_module'
                        id: '79e79826d1f74b2593dd5507500cb610'
                    }
                    'src_server_api_api-audit_ts': {
                        table: 'sys_module'
                        id: '3abcf75186eb48bca06680ad55e6a854'
                    }
                    'src_server_api_api-policy_ts': {
                        table: 'sys_module'
                        id: '2b408029be0b4137bdb16a0614816d31'
                    }
                    'src_server_api_opcon-api_ts': {
                        table: 'sys_module'
                        id: 'fd6524a8ff74437595f265551e9f431b'
                    }
                    'src_server_api-audit_ts': {
                        table: 'sys_module'
                        id: 'a9cbb6c2aa8343b8b82d7a0fabf80ef4'
                        deleted: true
                    }
                    'src_server_api-policy_ts': {
                        table: 'sys_module'
                        id: 'a30d669231534060b8ae9c0269b44902'
                        deleted: true
                    }
                    'src_server_atf_atf-fixtures_ts': {
                        table: 'sys_module'
                        id: '07854dd524614843be97cfe0c85d6ccf'
                    }
                    'src_server_clock_glide-clock_ts': {
                        table: 'sys_module'
                        id: '1ad87b74185f4c28a0e47f867cdd44ca'
                    }
                    'src_server_cmdb_agent-ci_ts': {
                        table: 'sys_module'
                        id: 'b99a2f64ccaa4af79cf337a7044cdff8'
                    }
                    src_server_cmdb_cmdb_ts: {
                        table: 'sys_module'
                        id: '8c379cd198ad487eb667e4915894ce3f'
                    }
                    'src_server_cmdb_discovery-source_ts': {
                        table: 'sys_module'
                        id: '2377583ca3a242279222c21293b46f73'
                    }
                    'src_server_cmdb_machines-request_ts': {
                        table: 'sys_module'
                        id: '55be941a58a84649b9cafef78fe4d0c6'
                    }
                    src_server_config_ts: {
                        table: 'sys_module'
                        id: '0cb771fbd9dd4958a2bb98200954fbdb'
                        deleted: true
                    }
                    'src_server_connection-test_ts': {
                        table: 'sys_module'
                        id: '265bf5457f8a4fe2af92d45ae3171e40'
                        deleted: true
                    }
                    src_server_correlation_ts: {
                        table: 'sys_module'
                        id: '04ee7a77b5024df69172343be58f3bbc'
                        deleted: true
                    }
                    src_server_delivery_ts: {
                        table: 'sys_module'
                        id: '071db8faffb94d2e96303be0d01c3f8e'
                        deleted: true
                    }
                    'src_server_delivery-plan_ts': {
                        table: 'sys_module'
                        id: 'e1c9adb6173345ed93d34281ffa7f5a6'
                        deleted: true
                    }
                    'src_server_dialog_job-dialog_ts': {
                        table: 'sys_module'
                        id: '578e019490a3412d864ef4cf8225b074'
                    }
                    'src_server_dialog_job-view_ts': {
                        table: 'sys_module'
                        id: '94317de1e61c46cab48300d3333e6e55'
                    }
                    'src_server_failures_collect-plan_ts': {
                        table: 'sys_module'
                        id: '8dedeaea60f14ff599064b46dc0f1d18'
                    }
                    src_server_failures_collector_ts: {
                        table: 'sys_module'
                        id: '99c27594e89e487eb8958aa05be7585f'
                    }
                    'src_server_failures_failed-run_ts': {
                        table: 'sys_module'
                        id: '9aaa6c65758f4482979098a3e4293100'
                    }
                    'src_server_failures_failure-config_ts': {
                        table: 'sys_module'
                        id: 'a7774d5a3f8e4fcc869fabb042f2ff92'
                    }
                    'src_server_failures_failure-decision_ts': {
                        table: 'sys_module'
                        id: '86844762586a49a7b9dc5f81b7f80770'
                    }
                    'src_server_failures_failure-retry_ts': {
                        table: 'sys_module'
                        id: '4ea51ff80e264421abe9dc0b990cfe59'
                    }
                    'src_server_failures_failure-settings_ts': {
                        table: 'sys_module'
                        id: 'a70f278fb11c4d7b99d779399010b407'
                    }
                    'src_server_failures_failure-words_ts': {
                        table: 'sys_module'
                        id: '8ab0e5aa03df4bd194977d361358c5b6'
                    }
                    'src_server_failures_failure-worker_ts': {
                        table: 'sys_module'
                        id: 'f9f28e17a8894a08acbd02131a595c1f'
                    }
                    'src_server_failures_incident-writer_ts': {
                        table: 'sys_module'
                        id: 'ecdb3ca43d454bfd92e2d9ae226ed977'
                    }
                    'src_server_failures_job-log_ts': {
                        table: 'sys_module'
                        id: 'f0b2c14fd95548938ba612cf8dc94b76'
                    }
                    'src_server_failures_push-endpoint_ts': {
                        table: 'sys_module'
                        id: '057c0bd676234ded9fc0547653cdf7f0'
                    }
                    'src_server_failures_push-limit_ts': {
                        table: 'sys_module'
                        id: 'cb92558cdae642e4ac46469804137151'
                    }
                    'src_server_failures_push-request_ts': {
                        table: 'sys_module'
                        id: '40e16fd75f30468daa5526537999db70'
                    }
                    'src_server_failures_refusal-log_ts': {
                        table: 'sys_module'
                        id: '525c00f2469e4fe88f63a32482906471'
                    }
                    'src_server_failures_ticket-plan_ts': {
                        table: 'sys_module'
                        id: '40aefa5fa88f4da999106318b5b98073'
                    }
                    'src_server_flow_flow-actions_ts': {
                        table: 'sys_module'
                        id: '95cace610c044922aa0c1da77d2bfffd'
                    }
                    'src_server_flow_flow-outputs_ts': {
                        table: 'sys_module'
                        id: '4e952ebce50b4915b731dea4c1c8037c'
                    }
                    'src_server_flow_flow-policy_ts': {
                        table: 'sys_module'
                        id: '422b863f6483429fad8f720a099f2095'
                    }
                    'src_server_form-layout_ts': {
                        table: 'sys_module'
                        id: '83d81db6016f48bd8338fe516611bdf3'
                        deleted: true
                    }
                    'src_server_form-setup_ts': {
                        table: 'sys_module'
                        id: '9358ca58071b41a1b8579f409b7a36c2'
                        deleted: true
                    }
                    'src_server_incident-access_ts': {
                        table: 'sys_module'
                        id: '3a43abe0f3b24d4aafe2f0a60a9c3985'
                        deleted: true
                    }
                    'src_server_job-dialog_ts': {
                        table: 'sys_module'
                        id: '4299724d3e6d4c34a327be6ef7807f44'
                        deleted: true
                    }
                    'src_server_job-link_ts': {
                        table: 'sys_module'
                        id: 'b0bc534647414f7dabe6123b145eddac'
                        deleted: true
                    }
                    'src_server_job-links_ts': {
                        table: 'sys_module'
                        id: '38ea5c1787c7486a85a8bfaf57fdd5fa'
                        deleted: true
                    }
                    'src_server_job-status_ts': {
                        table: 'sys_module'
                        id: '0b244ebcad834e78b64f6d9c1e48d1ab'
                        deleted: true
                    }
                    'src_server_job-view_ts': {
                        table: 'sys_module'
                        id: 'ab84076c2f17461daf49ca96dc76422b'
                        deleted: true
                    }
                    'src_server_journal-text_ts': {
                        table: 'sys_module'
                        id: '342fdada55fd42dbb5d1f7e3f55a2363'
                        deleted: true
                    }
                    'src_server_link-rules_ts': {
                        table: 'sys_module'
                        id: 'f620dc8d66314417a7be81ebe0f4fb2f'
                        deleted: true
                    }
                    'src_server_links_incident-access_ts': {
                        table: 'sys_module'
                        id: '6d00a0602ccc458db725ad16e590f316'
                    }
                    'src_server_links_job-link_ts': {
                        table: 'sys_module'
                        id: 'c97d6945e4214335b101c6790b6ef77a'
                    }
                    'src_server_links_job-links_ts': {
                        table: 'sys_module'
                        id: '8c4b3cb3c5ef4847a1d91a771182c6df'
                    }
                    'src_server_links_link-check_ts': {
                        table: 'sys_module'
                        id: '968e08ba81f34099a7195fccc6b00ab7'
                    }
                    'src_server_links_link-confirm_ts': {
                        table: 'sys_module'
                        id: '2b43d24f0d7240328776bd6976bbd28a'
                    }
                    'src_server_links_link-rules_ts': {
                        table: 'sys_module'
                        id: '1c4c04f3a53d4746bca93d37d64af93a'
                    }
                    'src_server_log_journal-text_ts': {
                        table: 'sys_module'
                        id: '170170cdc9d5479e8f4e858e446569ef'
                    }
                    src_server_log_log_ts: {
                        table: 'sys_module'
                        id: 'b2256e0531da4847805653392ecb2d8a'
                    }
                    src_server_log_redact_ts: {
                        table: 'sys_module'
                        id: '182ff8fa791d4c57b4bc2fa53998becd'
                    }
                    src_server_log_ts: {
                        table: 'sys_module'
                        id: 'e9b55756b4df46ac8c1779c62c9c6964'
                        deleted: true
                    }
                    'src_server_opcon_connection-alias_ts': {
                        table: 'sys_module'
                        id: 'b05a53cab05b477db6d2ed1d206cd04a'
                    }
                    src_server_opcon_correlation_ts: {
                        table: 'sys_module'
                        id: 'd80a0d8e7c434a18ab1a0b0ca0824550'
                    }
                    'src_server_opcon_failure-requests_ts': {
                        table: 'sys_module'
                        id: 'eac6957d58dc433b9cdbf793cfd3dc8f'
                    }
                    'src_server_opcon_job-status_ts': {
                        table: 'sys_module'
                        id: '25fec23d015a46969532c91b04d3e87e'
                    }
                    'src_server_opcon_opcon-client_ts': {
                        table: 'sys_module'
                        id: 'a66a419b323a4648a406713cf7b39e71'
                    }
                    'src_server_opcon_opcon-requests_ts': {
                        table: 'sys_module'
                        id: '0290dd2dba08458ab22403511750504c'
                    }
                    'src_server_opcon_opcon-responses_ts': {
                        table: 'sys_module'
                        id: '2acd176901ee4e5da1745491ceafe7a9'
                    }
                    'src_server_opcon_opcon-result_ts': {
                        table: 'sys_module'
                        id: '54b22c28a0c74eed9c51562c894d8385'
                    }
                    'src_server_opcon_server-check_ts': {
                        table: 'sys_module'
                        id: '536c5a429d9e4619a4e800d2cf1db48a'
                    }
                    'src_server_opcon_server-registry_ts': {
                        table: 'sys_module'
                        id: 'e79cce148d4d4a8f89b5c73b620affda'
                    }
                    'src_server_opcon-api_ts': {
                        table: 'sys_module'
                        id: '9bce8cef62264e2e9f5043701758b6ba'
                        deleted: true
                    }
                    'src_server_opcon-client_ts': {
                        table: 'sys_module'
                        id: '0dffe76157fa411a92d549542cf5a807'
                        deleted: true
                    }
                    'src_server_opcon-requests_ts': {
                        table: 'sys_module'
                        id: 'cfcbfb175ce148138ad8f2040b323bbe'
                        deleted: true
                    }
                    'src_server_opcon-responses_ts': {
                        table: 'sys_module'
                        id: 'a440b0fe00c349c4b50b19b503eab8a5'
                        deleted: true
                    }
                    'src_server_opcon-result_ts': {
                        table: 'sys_module'
                        id: '068b58da4b0041b590a2b602fc3d2476'
                        deleted: true
                    }
                    src_server_overview_coexistence_ts: {
                        table: 'sys_module'
                        id: '220ae7a4325f495a90c66f81d2f78de2'
                    }
                    'src_server_overview_collector-run_ts': {
                        table: 'sys_module'
                        id: '3baf66906d004ee6a94d88ebfd59aaf6'
                    }
                    'src_server_overview_overview-figures_ts': {
                        table: 'sys_module'
                        id: 'ebffada668a743e39db1183f2f02bbaf'
                    }
                    'src_server_overview_overview-reader_ts': {
                        table: 'sys_module'
                        id: '978004ca65274ac98496038730ffa9cc'
                    }
                    src_server_redact_ts: {
                        table: 'sys_module'
                        id: '0f7b8d035d05473da9c994501dd6f8f5'
                        deleted: true
                    }
                    src_server_retention_ts: {
                        table: 'sys_module'
                        id: '565bcb00f12243368b766b91b803f949'
                        deleted: true
                    }
                    'src_server_retention-rules_ts': {
                        table: 'sys_module'
                        id: '1f6e9af280984071b50eb5485bca6530'
                        deleted: true
                    }
                    'src_server_scan_scan-conditions_ts': {
                        table: 'sys_module'
                        id: '21f89fa8c7dd41bba73e38d60a307bc2'
                    }
                    'src_server_server-check_ts': {
                        table: 'sys_module'
                        id: '5054bf30d72a46e5ad114f71155b1226'
                        deleted: true
                    }
                    'src_server_server-form_ts': {
                        table: 'sys_module'
                        id: '6c218b114857487aae36874fcb9b9baf'
                        deleted: true
                    }
                    'src_server_server-lifecycle_ts': {
                        table: 'sys_module'
                        id: 'a2c88ebf0bb349a8aa1f661564a4e589'
                        deleted: true
                    }
                    'src_server_server-registry_ts': {
                        table: 'sys_module'
                        id: '13f61b663c9c40b0b459fd426cb9d14e'
                        deleted: true
                    }
                    src_server_settings_config_ts: {
                        table: 'sys_module'
                        id: '81325fc5467c42179a47394ab091fa4c'
                    }
                    src_server_settings_settings_ts: {
                        table: 'sys_module'
                        id: 'dc2ee180ce244f668f0406c3a79b8e18'
                    }
                    src_server_settings_ts: {
                        table: 'sys_module'
                        id: 'bde3795565524479804543f18d0776db'
                        deleted: true
                    }
                    'src_server_state-actions_ts': {
                        table: 'sys_module'
                        id: '29c02312c08b4a2bafdd3ceec3ab0456'
                        deleted: true
                    }
                    'src_server_storms_storm-grouping_ts': {
                        table: 'sys_module'
                        id: 'b9cf3b3bd94b4b71b6ecdb0e514373e8'
                    }
                    'src_server_storms_storm-plan_ts': {
                        table: 'sys_module'
                        id: 'a8045ae66e654cc8a320df3c0b15fca3'
                    }
                    'src_server_storms_storm-progress_ts': {
                        table: 'sys_module'
                        id: '275420b7415b4f2e852fa332b2836f9b'
                    }
                    'src_server_storms_storm-rules_ts': {
                        table: 'sys_module'
                        id: 'd6c9a2e3146e4c7c9d18149211fc5bb0'
                    }
                    'src_server_sync_action-queue_ts': {
                        table: 'sys_module'
                        id: '962a33ea98cf4e8f93898473a540dcca'
                    }
                    src_server_sync_delivery_ts: {
                        table: 'sys_module'
                        id: '49219a1b661440de82c0262ed6717603'
                    }
                    'src_server_sync_delivery-plan_ts': {
                        table: 'sys_module'
                        id: '47d1408408f549859360f80bfa38ec61'
                    }
                    src_server_sync_retention_ts: {
                        table: 'sys_module'
                        id: 'fa452d3481e74840a53e4b551fbe05c7'
                    }
                    'src_server_sync_retention-rules_ts': {
                        table: 'sys_module'
                        id: '82814c2b0f764eb991a7f1f028e97d7c'
                    }
                    'src_server_sync_run-budget_ts': {
                        table: 'sys_module'
                        id: 'e70c0fe5390940d3b89fd2b526b467be'
                    }
                    'src_server_sync_run-clock_ts': {
                        table: 'sys_module'
                        id: '9bffa78cea714b9d96fff5d6f9c76c43'
                    }
                    'src_server_sync_server-pace_ts': {
                        table: 'sys_module'
                        id: '81c9ac93998242a99100b6c493121d84'
                    }
                    'src_server_sync_server-pace-slots_ts': {
                        table: 'sys_module'
                        id: '5d52d3c5c4ca483c81febcae66a9ac43'
                    }
                    'src_server_sync_state-actions_ts': {
                        table: 'sys_module'
                        id: 'cf83ab52c8c2451bafceeaf259a89907'
                    }
                    'src_server_sync_ticket-rules_ts': {
                        table: 'sys_module'
                        id: '31e39cb54841469490782d42f5751877'
                    }
                    'src_server_sync_work-notes_ts': {
                        table: 'sys_module'
                        id: '4ed0258cf41b4e24b00bf6918f36c8e7'
                    }
                    'src_server_templates_incident-template_ts': {
                        table: 'sys_module'
                        id: '8070a4038ba541859a774824de35f879'
                    }
                    'src_server_templates_preview-action_ts': {
                        table: 'sys_module'
                        id: '7b5c5c012d614545aa699392bb8a03b9'
                    }
                    'src_server_templates_template-preview_ts': {
                        table: 'sys_module'
                        id: '729e7d8bdc854c71873ad57bbc6186ea'
                    }
                    'src_server_templates_template-rules_ts': {
                        table: 'sys_module'
                        id: '4b3988d9ad5e4f9c974ce8201fa7eb84'
                    }
                    src_server_templates_templates_ts: {
                        table: 'sys_module'
                        id: 'b309f8ac90da45938b44763ee98ae25f'
                    }
                    'src_server_ticket-rules_ts': {
                        table: 'sys_module'
                        id: '317cac3c203540b0b7b87396fd4a7a46'
                        deleted: true
                    }
                    'src_server_work-notes_ts': {
                        table: 'sys_module'
                        id: '7728f58bc42c49c0972df55e003bfd30'
                        deleted: true
                    }
                    template_default: {
                        table: 'x_opcon_template'
                        id: '62ff21c69ec14baea181cc6371426ec1'
                    }
                    ua_failure_retry: {
                        table: 'sys_ui_action'
                        id: 'f1da73b839b648b58f539cef35693e96'
                    }
                    ua_link_job: {
                        table: 'sys_ui_action'
                        id: 'fca706e3a6b844a597312f25808140b1'
                    }
                    ua_open_alias: {
                        table: 'sys_ui_action'
                        id: '58a915b31c904be2a0f653898d5d8514'
                    }
                    ua_open_job_dialog: {
                        table: 'sys_ui_action'
                        id: 'e2a8e3b31efd4aaba39b4dc96b90bc59'
                    }
                    ua_sync_agents: {
                        table: 'sys_ui_action'
                        id: '0f58e6408eb84fe3be1442b3bf42637b'
                    }
                    ua_template_preview: {
                        table: 'sys_ui_action'
                        id: '6f5c3e9ce97e4d9287e13c9ac726a567'
                    }
                    ua_test_connection: {
                        table: 'sys_ui_action'
                        id: '2dabdefff9bf4a02a8d22f9de02d5956'
                    }
                    user_scheduler: {
                        table: 'sys_user'
                        id: '682ac3e5cc4740d1b8ffa1bd0b2bd094'
                    }
                }
                composite: [
                    {
                        table: 'sys_dictionary'
                        id: '002a6e2caba041daa349f7c02e38d3d5'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'termination_description'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '00359d7dfcf74da1b8c0b3b43188f0bc'
                        key: {
                            sys_ui_section: {
                                id: '5cdd4cd6fe1a414ba6175d702bc2bd13'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Which jobs'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'server'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0041d71255b84517b4bb448d4e5e6465'
                        key: {
                            list_id: {
                                id: 'd4c7b79d9ee64a3980a61eeae82085da'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0069debc617e438b8d9173b04594f1f5'
                        key: {
                            document_key: '2f7847e19c494dd888ab4e715abcfea0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '008fded3a171404c957af3d7aee9bc8d'
                        key: {
                            sys_ui_section: {
                                id: '5cdd4cd6fe1a414ba6175d702bc2bd13'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Which jobs'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '00b6a99398f2421eac4833d1b3ac8177'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '012536c42b834003b9a2e83790c0d36d'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'failure_count'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '012e0040c8f34696912946d5c040ae06'
                        key: {
                            sys_security_acl: 'ebd64f2fccc94e2f83372363d23ea2c3'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0133db7e285f40b5b16be5c86cada5df'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            id: '3696c4061aa7496f89e2a2aab76c92c5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '018cacecf5f6497ea1a4656ee413219a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '82ed64dac55c4b018c7a026861488c2f'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '01a0b63efa9e459590634dc54974e3b4'
                        key: {
                            sys_security_acl: 'e871fb087d374469bfcd638a2381be7f'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '01b8d9cae134490e83a754aaa08f2c56'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '01fd4baf9a4648529350fb556f97d11d'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01ffdf5598f54343966fff0eefc75b88'
                        key: {
                            document_key: '1418af0e57184af4b2cfc2316603b7ad'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '020fc64c8b2d442a9ef3031089216b9c'
                        key: {
                            name: 'var__m_sys_hub_action_input_44a5eed93915483e82f99850a09c7b7a'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '027adfb07d2f4932868450e73125dcf4'
                        key: {
                            name: 'var__m_sys_hub_action_input_35b01b3b0066422fb9218f5039fa0465'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02c1bbee8ce943fbb91ee94818b57361'
                        key: {
                            document_key: 'ebcdc8d1c7f54f0d907486140b17aa17'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '02f9ba5598dc4f34ade891dba8978ca5'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '03243825019a45aa95f2a8f30c152a86'
                        key: {
                            name: 'x_opcon_action'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '034bcdc4200347129b1e666bf4d3a020'
                        key: {
                            name: 'x_opcon_action'
                            element: 'kind'
                            value: 'job_action'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '035d86d31ea348fbb83bd76fa0e3baac'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'failure_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '036431ee8ca640ef8da0cf4edadd943e'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '03aa467172864a1ead2ffb04466e2103'
                        key: {
                            name: 'x_opcon_failure'
                            caption: 'Incident and OpCon ticket'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '03c4ef835736429b8069160d1875db2e'
                        key: {
                            name: 'x_opcon_action'
                            element: 'noted'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '03c91024e5fd4cdaa2e06a293fbe702b'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '03e6f88fcc2d467bb206a11b2bace4c7'
                        key: {
                            name: 'x_opcon_action'
                            element: 'address'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '03ef328663a94e5180e62e22f4d7aafc'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '040de62fe9c947d1848b3981fd745797'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getDailyJob'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '045a3cd5f0804b63b3494e14d4149aed'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '046cd5bcd66b4e278424fb5837825556'
                        key: {
                            name: 'x_opcon_template'
                            element: 'impact'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0485b572058542b89937018235d71aed'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'job_number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0499c2afd849474b910b19870d738dce'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            id: '1227ff995e25416394e3fd87f833b126'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '051c47da9fce41ddacbc938889401cc1'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            id: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '05400ffaf23f40339aac1335c9fb10bb'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0546a62f4f194f28a93eabd6db6c98e0'
                        key: {
                            list_id: {
                                id: 'f706b53590304df4a83f2953e5096d1c'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '054a4efd710d47bf96d5f6059747b412'
                        key: {
                            name: 'x_opcon_template'
                            element: 'urgency'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0558e1b898844d35b42f2c79c84bf055'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'termination_description'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '055aaa4d600845a88ffff05b304a1a8e'
                        key: {
                            list_id: {
                                id: '0836c675c7bd4f7eb158c0a7fc16d62b'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'how'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '05e004677080403cb6b2008c00f2d2c1'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '05e282b0335f48078cabec2016cab3fb'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '05eecbc5fc8a4f7687782cce0532f697'
                        key: {
                            name: 'x_opcon_template'
                            element: 'impact'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '05f70392bfb442bdaed91bf2a1e26c04'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0639e72af7a94ce3beec2f6b051fd759'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'next_check'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '063d9479d31a40a6ac400d6db713f97a'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            id: '10077fee3ad9400cbe91afb8d12e2ac3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '06a877a26af640c18b631c6a75af5681'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '06ef399e09994e53af264b1ef1b1d5d8'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '07226df771b04eabbd84831b8d493edd'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '07243a7217114f408eb36372bfb78b19'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            id: '3696c4061aa7496f89e2a2aab76c92c5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0757d5afdda2468b9ea98fc6ae4bfe45'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'markFixed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '077039c8853b48f8964c6c5d0f6e3fe5'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '077911cf71024bc8902fdae06652b61f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '079acbc0a2084afba6a57b346c7fc54d'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '07b43a33f36e49f580f120a3f4a35e78'
                        key: {
                            list_id: {
                                id: '96ca78ad94f84ae1b837cf0975db81ac'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'schedule_date'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '07d06fb283954ed195604e8acf0b75d7'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'window_end'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '07d31883f27247c08bcc061a3ca86445'
                        key: {
                            name: 'x_opcon_action'
                            element: 'next_attempt'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '07d610b8f7f7446a9e1d4ac2a77c60a6'
                        deleted: true
                        key: {
                            name: 'x_opcon_action'
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '07d7c9eb4eaa44cb9ae681c6d22a8d5e'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'claim'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0825e37d0d484ad887a7bd4dd065bb79'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '0836c675c7bd4f7eb158c0a7fc16d62b'
                        key: {
                            name: 'x_opcon_binding'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0871cfe41bbf4a0ea30c9bf7d9c0e89f'
                        key: {
                            document_key: '460a15559ce641c1b2fbc28c4e152db3'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '087c1bc1f33646e887a26157186b02c4'
                        key: {
                            name: 'x_opcon_action'
                            element: 'requested_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08a4f8d2710a4507afed82c74595656d'
                        key: {
                            document_key: 'efe788a36b0f442fab76a7da20453382'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '08a9d09534084cb9ab2cdfc3f345acac'
                        key: {
                            name: 'x_opcon_template'
                            caption: 'Incident template'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '08b91386fbea4a64a0f198d856273433'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '08cc3da3052a4c3da4d1721d59a89ff0'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_ok_on'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '091d3632cde14399a5c4cdeeca0aa901'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '09701f69ca134952a1388fa01a10c58f'
                        key: {
                            list_id: {
                                id: '96ca78ad94f84ae1b837cf0975db81ac'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '097cec5bfde14d6fbd062f8f64ce18ab'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '09d299729f9140779668436452cdbadd'
                        key: {
                            sys_ui_section: {
                                id: '08a9d09534084cb9ab2cdfc3f345acac'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'caller'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09f0c55f884449df9acdf77db30ad26d'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'words_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '0a22c261985646cc98856637b3e0c642'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '0a4b74b352934d4488bfa0da4f63bd64'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0a5f9e10a60146179a7cf3d47f6baf01'
                        key: {
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'address'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0a72ed8cd5b14b5cafd36c22852502cc'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a93fa809bb447f281c7c781ec05d2c4'
                        key: {
                            document_key: 'f27c7bf73c9544b591283cf2eca9b612'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0aa244b1f2ff433f99bd16760e9181a5'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0aba75cbf2394863b1ac8e7e93350c6c'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'reported_by'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '0abfb0453a1940a697e9df9d4d45bf91'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0b065c390978488eb3d84667f32ba372'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'fbe636e562fb42fc9f32988f8535e883'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0b131e0c166f42d9bb6a4093c6bc6e54'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0b264e9432b14d9f990fd147998a6a80'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0b2bba6479e244d1bdae7a3338e92221'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '0be4b66b2fb94d59adf1665c0abe1a9c'
                        key: {
                            sys_ui_form: {
                                id: '40524ae97cb64c0f9368c4f7fdef0b27'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '0c17086a2b09464f90db82b470bf9e37'
                        key: {
                            sys_ui_form: {
                                id: 'fa6b22343e11491fa06d51e3e8e84bbf'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0c47c3c99be74888a4d7d7dae861e898'
                        key: {
                            name: 'x_opcon_action'
                            element: 'job_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0c54ebb6002d404f87a435a44a3355d3'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0ca0c581631f40c6987dc34ae6fda85b'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'window_start'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d4805aeb7c44dceb2fb04f911864c3a'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'text'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0d612cc46e4149bab083ae6f59591595'
                        key: {
                            sys_security_acl: '093d27332f2d471295a3e871c2901697'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d8bca1a7b744a049ddba9f413da3f42'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'address'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '0da9d98622ec4204acad2ac5e2e7deef'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0e0845e9328044d7b0aee0bc4daa923a'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'sending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e184b30ddab49038640ef3243389f8d'
                        key: {
                            document_key: 'fd983472eadd4c65abc581847bd63bb0'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '0e1874b5438b467a95f3a29f9f62c27e'
                        key: {
                            sys_ui_form: {
                                id: 'fa6b22343e11491fa06d51e3e8e84bbf'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '03aa467172864a1ead2ffb04466e2103'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Incident and OpCon ticket'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0e7a844193d94f9e8713612c6fdb87fb'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_db91195ce5634b5494beaa406b32c80e'
                            id: 'db91195ce5634b5494beaa406b32c80e'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0e963bd40b5f42b3b11b5e7d64780b02'
                        key: {
                            sys_security_acl: '5d991c744a174a7891460861d7c2a18a'
                            sys_user_role: {
                                id: 'a67368d46c55405f882b0f43bc4bb140'
                                key: {
                                    name: 'x_opcon.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0eab4b22c04d4ea5af823ac1b2964630'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0efd868ca6c74349a61fe86455082826'
                        key: {
                            name: 'var__m_sys_hub_action_input_44a5eed93915483e82f99850a09c7b7a'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0f0418d182f0485a82d5f78fba508bfc'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sent_on'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '0f1091fd2f784a52af275256ccaf9d22'
                        key: {
                            name: 'x_opcon_failure'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0f214dd571894bcfb7292bc2dd7feb26'
                        key: {
                            list_id: {
                                id: '96ca78ad94f84ae1b837cf0975db81ac'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0f218d017c9a470c98e842020fc23be3'
                        key: {
                            sys_ui_section: {
                                id: '08a9d09534084cb9ab2cdfc3f345acac'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0f2435791a6b431884141d3824269d20'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            id: '1259e26ff0f640bb8071137f7f9fc875'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0f26514c741149488beee7c6e959298f'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            id: 'bb8289635ec8428495169d361614124c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0f63f9e4587f46aa804bbb4b0e724599'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'address'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0f871e52e52e48dbb42ce74ab020e866'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0fa290a52a9d4a9bbc0268fdc1288db2'
                        key: {
                            list_id: {
                                id: 'b73789fa71d143dc90ca44d4a6d43afa'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0fef8b45634640029597b9973fdc0edd'
                        key: {
                            name: 'var__m_sys_hub_action_input_47fac94ab28e419e811251d7575f494b'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ff0feae28bd43d3a6c48cdcb31f09e2'
                        key: {
                            document_key: 'efe788a36b0f442fab76a7da20453382'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0ff6b7de664c4407ba71edf71ecb7324'
                        key: {
                            name: 'var__m_sys_hub_action_input_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '100c4be6255f4387a73b98f09a657b4c'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1054dbc6252a407c8b89370e625f98a0'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            id: '35b01b3b0066422fb9218f5039fa0465'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1071b52532c54804a100cddbebee0b2b'
                        key: {
                            name: 'x_opcon_template'
                            element: 'impact'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '10d6f18dad5a46fe8be582af4f58d0d3'
                        deleted: true
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_0f8788c89ebe456a82afcf2f73a2e29a'
                            id: '0f8788c89ebe456a82afcf2f73a2e29a'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '10e549dfb6b84281ae39e1ad29783a13'
                        key: {
                            list_id: {
                                id: '5e89d0ba4dd1437581d86b264401daf4'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '10e69fd2c8f54aeaa2b8ea4a97fa1f83'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '112a2a36e0004ad381f6f92c4a5d42c4'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '114e5f098bdb4cd1b941936b9a56b927'
                        key: {
                            sys_ui_section: {
                                id: '5cdd4cd6fe1a414ba6175d702bc2bd13'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Which jobs'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'job_pattern'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '11528347c6d1432db00f8e4b7ba94a98'
                        key: {
                            name: 'var__m_sys_hub_action_input_1227ff995e25416394e3fd87f833b126'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '11bdb149dbdd46c183dda2de201971f8'
                        deleted: true
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '11d359bcf9304d129f609294a2a47a05'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_35b01b3b0066422fb9218f5039fa0465'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '11d84e233bef41659bbc16986a8be3c5'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '12208164b4024261829f1fa8186c0ac9'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'pace'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '123b6b5167524cee9f0bef6b53427b71'
                        key: {
                            sys_ui_section: {
                                id: '78af0e478a1c4592af9795818bc12c06'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'How it was linked'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '123e1a344db24b2595782bb38de0321d'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '127121879d2e4e9f9982b4e4a8b952ad'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1282bc41bfe842d493049a49659827cd'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_impact'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '132fe30fcf984706b753becfe88cf35e'
                        key: {
                            sys_ui_form: {
                                id: 'fa6b22343e11491fa06d51e3e8e84bbf'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '134fe15ab3554d5aa7cbd75e77de83ee'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1384bb9fdb964da492b2956139979ffb'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '13b1a5218ef642d7a49bd3bb95c4a397'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '13c328ff71524184a5fd3d0a7ea75418'
                        deleted: false
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6c1cfc4232154d5c8952b97a6639fd19'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '13d46ccc7bf14cb7a973ff0e3df59bef'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'reason'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1486fcaac12f4f26958c86e94d31e313'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '148f8a64e71b4a379b484561d0e4a1f8'
                        key: {
                            document_key: '03192c8af83147a29e77abc425918cf9'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '14b21d5b498741149f04340011bae83e'
                        key: {
                            sys_ui_section: {
                                id: 'a044e8548dcd46e59280484cbf60c821'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'connection_alias'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '14c0b4c9aa8f44faa8f1ace13db03220'
                        deleted: true
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '150d6a555e9e4745ba7d281ce34570d7'
                        key: {
                            name: 'x_opcon_template'
                            element: 'schedule_pattern'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '151a36e7bf7647c5ae2e1a9467be5267'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1560e7fdce594dc5b1299ecdd1f875f6'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '158637f500b14352b6f7f95ad689b359'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '15a0d13f2b80493c8393871bc26a1b28'
                        key: {
                            sys_security_acl: 'b9f25e59ed234ded89d3519a79254d22'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '15ae20daaa30425592df902f6d984af0'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '15bf84fba89447e2aafec751ffa7a531'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '15d9fe0804f84ed09cb9c218d56ecf49'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '15e31afe63304b34876e41d0044865c9'
                        key: {
                            name: 'var__m_sys_hub_action_input_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '15e506a2fcd84466ab98e8afdb980c45'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_ca18eb714f7d491897b135e7fe86e7fc'
                            id: 'ca18eb714f7d491897b135e7fe86e7fc'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '161e6fcb07234234b19a232c581fd0c3'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'requestJobOutput'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '16203b75525c4907b5e88bef07693fc1'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'documentation_state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1644519258fc4497baad291e55a4bff0'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1654e4f7a4b54083b79af814d41255ca'
                        key: {
                            document_key: 'ebcdc8d1c7f54f0d907486140b17aa17'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '165994ca15864988bd2e0a0821a636c5'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '168a37cda84c4d9d818ce50ba8bc6f1f'
                        key: {
                            sys_ui_form: {
                                id: '8a8171e702ec46bdb4f52da85a8d5591'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '63aae40fae55417c8d5881103f49a4f2'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident text'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1694916e3667466fbb662881cc7f1a38'
                        key: {
                            name: 'x_opcon_server'
                            element: 'push_refused_logged'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '16aa7ffbd8ba405688125e3d36199121'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'outcome'
                            value: 'opened'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '16dc31a04c1a4cc987ec90f0722347b8'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '16f6321d91ae4896bef0674dd7cf7285'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            id: 'bb8289635ec8428495169d361614124c'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '171b299ae7c44a48ab5fa9c869c7c430'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '173b9f037a194b34a4a23d4cd4830d34'
                        key: {
                            sys_security_acl: '92c53772aaa74b519e0ddb17708b2f56'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '1776001600e84ecba314e0868b438780'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '18046a0ffc4044b1a005bbc4ef694d2b'
                        key: {
                            name: 'x_opcon_server'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '1818c8216bd84f9ea73b530b32cfe2b1'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '182d3949c1a645cda0eb00e5507934c2'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'restart'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '18449e162c0f44c88845fc9e466c787c'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'target'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '18886f54a6974d4a8fd2f99ac0dbe6bc'
                        key: {
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '18897d8ebb0c4ea0a9cea3c04080885f'
                        key: {
                            sys_ui_section: {
                                id: '6312ca32495048ff89613cfbefea1897'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'actions_open'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '18a6e56ceb7b49eca4070f510a393889'
                        key: {
                            name: 'x_opcon_template'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '18b182d9d6894095835186d7f3010657'
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'collect_found'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18c17c10219747d4a0770305211f0239'
                        deleted: true
                        key: {
                            document_key: '92cf11ba2d984f69a81ff7492c7be15e'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '191ff8d6468b40f6a5c75bb6a9591cc3'
                        key: {
                            sys_ui_section: {
                                id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'push_refused_logged'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1920cac7c9844bb5a64a425c2c2b3308'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '19c52adf39ed4a0dbfab0a4ea67241b1'
                        key: {
                            sys_ui_form: {
                                id: 'bb2b7e5eac13455d8368f903c054074e'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a12e7f3f7c54b14975a25d6cab115f9'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a47445916b64799bc40d7ac090a03a7'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'settled_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a625f2ba12e446ba31c5556cc2aaa76'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a703fd5dedd45f1aaf8f662127c3b83'
                        key: {
                            name: 'var__m_sys_hub_action_input_03138554a6804d9abde87017b394d3e3'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '1a99bd01abf747819d3f442472aac894'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1aef6297c03740c691a254b789c41d5a'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            id: '10077fee3ad9400cbe91afb8d12e2ac3'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1aff79fe78ed4f43809abd149a24d85f'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1b4a8b3d61a8443a8fc92558efaaecb8'
                        key: {
                            sys_ui_section: {
                                id: '5cdd4cd6fe1a414ba6175d702bc2bd13'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Which jobs'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b5f6e053a634f97a4e1d0b154068001'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1b8f73b9cbe3471abbfe431a66cd551a'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            id: '1259e26ff0f640bb8071137f7f9fc875'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1b946053f49a40d4a31c047b53557562'
                        key: {
                            name: 'x_opcon_server'
                            element: 'connection_alias'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ba9bee1d96e4b149fd2d87918c5ba94'
                        deleted: true
                        key: {
                            document_key: '8f61bbc385ac459b9cc4b848e6ed3bac'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1bcdc21a6cba41209689d7219eb00288'
                        key: {
                            list_id: {
                                id: '0836c675c7bd4f7eb158c0a7fc16d62b'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1bd93f9f93ff406ab64049b97fbc57d8'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '1bf4d1f66c8f4fb99736adb048027951'
                        deleted: true
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1c193b3c923c42ceae5e848db5f5c334'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'bound_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1c4912b7e5c047cbaf9873c06e74f9fa'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1c76969f2ed8406cafa176897d7c3c32'
                        key: {
                            list_id: {
                                id: 'af0f25c5b9384973ada2bf7174098566'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'schedule_date'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1c95c9c8a03046a1bae8054b0142ce0e'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'termination_description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1cccee355d2042469758ec724008a4d0'
                        key: {
                            name: 'x_opcon_template'
                            element: 'attach_job_log'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d01da515369424eb239e72ef1374c9c'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1d3ad63c3b85493692776deb8d4e3072'
                        key: {
                            name: 'x_opcon_server'
                            element: 'push_refused_day'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d4bc8e026074f8c8f5772ceb3712929'
                        key: {
                            name: 'x_opcon_action'
                            element: 'opcon_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1d9bbb7fe95546bfa971fcb2fddf8bc4'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_df6f2bdcf85b42379a0f6e8d344f8299'
                            id: 'df6f2bdcf85b42379a0f6e8d344f8299'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1dc15bb031204ea295e1bee3b294739b'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'first_seen'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1dcfb27dda1e4171af903c061a30cd2a'
                        key: {
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1de71415f050497c9ae8a54f54b6b72c'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1e2737379fdf4c9cbb74fcfa2bde7a52'
                        deleted: true
                        key: {
                            list_id: {
                                id: 'dc1ef8874e264535962812702de146e3'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'mid_server'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1e5f6428a6484dfbadc5b7ead0472e91'
                        key: {
                            list_id: {
                                id: 'dc1ef8874e264535962812702de146e3'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1edbb78fff6f4631991521be38973c38'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            id: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1ee092388e474b1c9f427aaa51563b5f'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_f27c7bf73c9544b591283cf2eca9b612'
                            id: 'f27c7bf73c9544b591283cf2eca9b612'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1ee7035d76f64f3a9f05411ee3d6966b'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_df6f2bdcf85b42379a0f6e8d344f8299'
                            id: 'df6f2bdcf85b42379a0f6e8d344f8299'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1f0c9353ad13489d9bee4e8030e06f69'
                        key: {
                            sys_ui_section: {
                                id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'push_refused_day'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f10a8f90027420285661ca1d6e00dae'
                        key: {
                            document_key: 'ebcdc8d1c7f54f0d907486140b17aa17'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1fa29981890242ed81de47a4d913cc1e'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1fbc118c84a4470da3bb206dc27dc1db'
                        key: {
                            sys_security_acl: '83d684284be94b1690b09ab526db2db8'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '1fe95c05f7944215a7ff390b04a7a0b2'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1ff815b1177b4522b80ef67de885f955'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'cancel'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '205611df498145de97ac2e83f4bf5d33'
                        key: {
                            name: 'x_opcon_template'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '2071c16df53c496cb7eb49ac56ce4864'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '208e94907ab4469fabbe45975385578d'
                        key: {
                            name: 'var__m_sys_hub_action_input_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '20d24d96ffd04d1c9a6c8833efa62652'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '9a355ecae6564f9c96a43438c2d970af'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '20e0033d57bb4a49bc95c35168ce1a86'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '212cfabca56646efaca3b465e689072c'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'job_name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2133bf0e395a450a9bcc990a3c67b5fd'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2136d38518164f55a9746fc606d8d9df'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2228302545f44d30bef88f1310d3806c'
                        key: {
                            sys_security_acl: 'a1b2922b393342309ffa2f95cc7562f1'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '22617382045b42188b7cb2ef496aa13f'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            id: '0ddff35ff68d43af808cdda8ce4049df'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '2295978964d0457aba07b2fbedf96fe4'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '23224e654d824f97bfef4a1ba02445cd'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '232df7443a9240dc9dc1651695996502'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '23487ac718c74725ba6263a816f356e6'
                        deleted: true
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '236550069a1941dd9bf492a65eec8cd2'
                        key: {
                            name: 'x_opcon_template'
                            element: 'short_description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '23b286d48c134113b3890c297f269729'
                        key: {
                            name: 'x_opcon_action'
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '23d22f68a0294341943ce9e92141bfcf'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '23edbff6b051470b8dc0e9ff8d3b9d54'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '2c3a8da438c24c2d9a0329654e5946dd'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '23f017a2229b4f92a4f6d72d2b151f13'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'key_kind'
                            value: 'termination'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '24060af056754ef8927631d849d621e9'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '243ff9f3bae64ce8931c40e4e0f38e33'
                        deleted: true
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '247d6876eb714a7da8e6b8efcc20a68d'
                        deleted: true
                        key: {
                            document_key: 'c4d1bf002ac64ef1a68ad8fcb5ec56fd'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '24c50614d7d44ae4beada1c4dda17467'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '24d048fc7e4d4342a34ee8f35880b15f'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '24edb3296dd94d419d25cd6cd5264eb6'
                        key: {
                            name: 'var__m_sys_hub_action_input_35b01b3b0066422fb9218f5039fa0465'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '252d2afe63a346fc8e5f083d484ce0e1'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '2540e54938c84ad98e13a1e420a6c01c'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '255cb57a0f694639b39934aab8044147'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '257796a9c7644d5fb53e51b0fa7617ca'
                        key: {
                            document_key: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '25a74c7c984146c4ad990478a680bbe2'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'ticket_state'
                            value: 'kept'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '25c029e89e4c42fb85a7bd1082bae166'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_0f8788c89ebe456a82afcf2f73a2e29a'
                            id: '0f8788c89ebe456a82afcf2f73a2e29a'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '25cb672483204a63910709a2d3fb59e2'
                        key: {
                            list_id: {
                                id: '5e89d0ba4dd1437581d86b264401daf4'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'job_pattern'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '25ec45c0faf1483fa514b7abcca71a6b'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '262f1cf077d841e3ad936fb27ef24f9f'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_4b91a9f59afc4083aaf81bd92ce9e59f'
                            id: '4b91a9f59afc4083aaf81bd92ce9e59f'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '26768cfa60f1441c9977d4c780f89379'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '269df572d56f48eb83e1d0e69a739afa'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'documentation_state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '26b6bb2e68df46228622b821db949fe6'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '26f099a6a51e44d08c449cb86b91d844'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_impact'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '2708b41aba3f44fcafd66a6cb1ef2d59'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2743318639a64046a79f7fe009049d7e'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2767c0a961c94f40b6025be90abed7f2'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'check_note'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '278454382d0842a2958cc940f51d42c7'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '27c7372b691d441ab375f0b66ad31d90'
                        key: {
                            document_key: 'fbe636e562fb42fc9f32988f8535e883'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '27f3cb8936f24fda839661e4227b7568'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_fd983472eadd4c65abc581847bd63bb0'
                            id: 'fd983472eadd4c65abc581847bd63bb0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '27f77a15decf4b62aaf4e0f8244a1204'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '49d54f691ae54a1fb942d60e5d85b18b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '27fcb5d946824027b3e83684a2631830'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2806c32694904a498fadaaf49fd1b646'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'address'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2829ca6768004902bde6e47c952c120a'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '283ee4b3265e4bc0a31ca301b797877a'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '28660a434f4d4ae780a13a566bf8561a'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_found'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '286c012a1adf450290d0f0325c76540d'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            id: 'bb8289635ec8428495169d361614124c'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '2885c6da6f504297a599c54bada2d49e'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '288c2a13d37d48dc9154ea60fe3d49cd'
                        deleted: true
                        key: {
                            document_key: '8f61bbc385ac459b9cc4b848e6ed3bac'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2892410e1ca9425e8898d8aaa6928c62'
                        key: {
                            document_key: '03192c8af83147a29e77abc425918cf9'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '289be31a83334f4ba7ce937c74b1a84a'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '289e0fc1fa0947458c27e1006b901156'
                        key: {
                            list_id: {
                                id: '5e89d0ba4dd1437581d86b264401daf4'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '28b0fc837ef94c538c03cae860e3612b'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28cd317db6d84e8dacbd80200dae0fc5'
                        deleted: true
                        key: {
                            document_key: 'c4d1bf002ac64ef1a68ad8fcb5ec56fd'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2962066a87b24e4ca71af542f2b9baaf'
                        key: {
                            field: 'incident'
                            table: 'var__m_sys_hub_step_ext_input_df6f2bdcf85b42379a0f6e8d344f8299'
                            id: 'df6f2bdcf85b42379a0f6e8d344f8299'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2982ed70ecfd4940906b86177853bd91'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'documentation_state'
                            value: 'not_needed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '29aab78f2fb74b3793724ebdaea33e14'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2a802bfc36664b26a70ca118dd0fffd1'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2a810fd9d9864236a768e4b32cb5f8c2'
                        key: {
                            name: 'var__m_sys_hub_action_input_1227ff995e25416394e3fd87f833b126'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '2ac051dc946a43e6b48f10dc1d87e9d3'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'frequency'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2aca051b87a94228b37d29c63876bf2c'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2b51b55747104663bbbd3c0a8a373ee9'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'text'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2b5563bb7d724208b0102b511d842690'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2b84fa184a6c4de88507f83f1e276eb1'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_failures'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '2b89801ccb3a4d6faf4b6569e3bb2a7e'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2bafbf17b8bd43ea9c9db7c7012a7a50'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_1ba7e1e00cf24118872879f13dbf40d8'
                            id: '1ba7e1e00cf24118872879f13dbf40d8'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '2c5db7b826db402cb66d5044252f9d09'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2c8461916ebc4c76a5ad3a53233bbd8a'
                        key: {
                            name: 'x_opcon_action'
                            element: 'target'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '2c879946ac6e424387b66e087c554f83'
                        key: {
                            sys_ui_action: 'e2a8e3b31efd4aaba39b4dc96b90bc59'
                            sys_user_role: {
                                id: 'a67368d46c55405f882b0f43bc4bb140'
                                key: {
                                    name: 'x_opcon.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2c897e40b10c4588a7491892006f3935'
                        key: {
                            sys_security_acl: '1b01f8eeee084ed9b6a2b99a5522aa88'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2c9a7e57da3941e1bbe0057b3e5958ae'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2cc7070669ba47f9a0c191a23d0006f5'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            id: '44a5eed93915483e82f99850a09c7b7a'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2cca0abfedbf476c9ae05f215ca0c412'
                        key: {
                            name: 'x_opcon_server'
                            element: 'push_refused_today'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2ce2bbbfa8494dbb8c83de10110bae52'
                        key: {
                            name: 'x_opcon_server'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2cff27ba2f47486c9a00b54defa3d233'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'template'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2d85b30e86f944d3b274ea36a90ab8e6'
                        key: {
                            list_id: {
                                id: '96ca78ad94f84ae1b837cf0975db81ac'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2d9a192f775549d39a0d8858dbce6221'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '2ebc117838d441a7a1acb32604f9a7d1'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '2ef3a2ff98f04a05aeedc17c3e1834a0'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2efd6fc85db34667945689c54b61a28d'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            id: '44a5eed93915483e82f99850a09c7b7a'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2f27d0827c0e411293616d720485f4da'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '2f3b32966e394d0fbe32fa9a51169a44'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'date'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2f73ecf74fb34ece9e6d2f3c321977ad'
                        key: {
                            name: 'x_opcon_template'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2fa49af414fa418eb9d37e3678d550d2'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_urgency'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2ffe406cc7e14749b938eea9130832cf'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '30123404868f42ce8b760edca3082b43'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '309a1a9502a94440b02d571036936f5f'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'words_final'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '30ab6f4546324dcbae0a73b7daf3126b'
                        key: {
                            name: 'x_opcon_action'
                            element: 'claim'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '30de74d78f69469bbb898b841465a41c'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'job_uid'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '30df58afd6894f5eb585d5b6a058346c'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '30e2987a29554e6cba70d81f56c21416'
                        key: {
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'job_before'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '30e8875cdf9644bb9940bb8d06cc83c0'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '31364edc52ec4eb59a20964e414baeff'
                        key: {
                            sys_ui_section: {
                                id: '7eccf87d2ede4655b99ef02aaf08773d'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'After hours'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'after_hours_urgency'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '31446c8708914091babebacdd7993ead'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'daily_job_id'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '314da510dfcb49ad890a21f3430f3b8a'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3154b27113d34a609621fe5935111895'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3198b25ab5cc45509cd08919d23bd1b7'
                        key: {
                            document_key: 'fd983472eadd4c65abc581847bd63bb0'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '31c209f0addb441b94768392f8ba62bb'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_attempt'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '31d710235d1c4253a4f358a4434f462a'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                            value: 'refused'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '31f2a28dbd434cbab6b984d3d8110bd1'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '323b58034d8b4f25af15febfcb1bb047'
                        key: {
                            name: 'x_opcon_template'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '329b0e495bfd4484866b18c90209d892'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '32c1165b85be4ca79101607340ead9b4'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_f27c7bf73c9544b591283cf2eca9b612'
                            id: 'f27c7bf73c9544b591283cf2eca9b612'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32d26eb5ac4e4110b837335f2433cd9a'
                        key: {
                            document_key: '1ba7e1e00cf24118872879f13dbf40d8'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '331cb94cbfd34b56b80a8012dc9f136f'
                        key: {
                            document_key: '82ed64dac55c4b018c7a026861488c2f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '332a04031a18488880105566fa59d227'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'schedule_name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '333f3998c56249759f5283cb706e9f13'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'run_key'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '3348b87ee6124e9c8e9e2c655d01123f'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'addIncidentTicket'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '339c0cfe2a164c709e4a02394720fed8'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33c12cb319764b31806ddfce3ee9ab90'
                        key: {
                            document_key: 'd180fb58ed9345519f7ac17d3c42905b'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '33cf07a9d3724780920e727f47176880'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                            value: 'working'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33defb4ece4f46a5987c504ab368f0e7'
                        deleted: true
                        key: {
                            document_key: '92cf11ba2d984f69a81ff7492c7be15e'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '33f46f93b578489cb8d742ab454b35b2'
                        key: {
                            name: 'x_opcon_action'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '3405f3cfeabc4b1ea50b5e5a42141cdb'
                        key: {
                            sys_ui_form: {
                                id: 'bb2b7e5eac13455d8368f903c054074e'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '341c325b1e094199b79cc92b4bef7712'
                        key: {
                            document_key: '1418af0e57184af4b2cfc2316603b7ad'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3430fc70151f4ca2ac6a8b079fa291c5'
                        key: {
                            list_id: {
                                id: 'b4bfd656587e4f4f93b199f40290a393'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '3455b8ccf46646cbbf7a013c46a95428'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '34931ad6627e498d98ef6a700d67091e'
                        key: {
                            name: 'x_opcon_action'
                            element: 'source'
                            value: 'dialog'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '34e02441315842999bc883a2acfe33ee'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'ticket_state'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '351f16af8f79460fa1003dd4ba551132'
                        key: {
                            sys_ui_form: {
                                id: 'ab6f2faf09c0428d97cdb3e0554018c5'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '35dc630d2eba42289771b72506dce931'
                        key: {
                            sys_ui_section: {
                                id: '08a9d09534084cb9ab2cdfc3f345acac'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'assignment_group'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35e53ac617a6425d8a887854b36cc72f'
                        key: {
                            document_key: 'd0994736ad4e479bb0c399df90b2fe12'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '35f58175454e4b6386d0fbd51a3a26c5'
                        key: {
                            name: 'var__m_sys_hub_action_input_47fac94ab28e419e811251d7575f494b'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '360bef3cffd3405492d883e03615b1e5'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'bound_by'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3616801e426d425ea5d4a8ad8b815961'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3668fbba2fdc4606a0b2fffde92445cf'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'claimed_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '36938926abf140d6a222a6ab16548c96'
                        deleted: true
                        key: {
                            name: 'x_opcon_action'
                            element: 'number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '36963eb5d4b84e75831711ea6f162822'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '36cf783a0d8947eaaa4e01c6cdd68ce6'
                        key: {
                            name: 'x_opcon_action'
                            element: 'opcon_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '36f1036fbb7541a690f64311933d408a'
                        key: {
                            name: 'x_opcon_server'
                            element: 'allow_http'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '370242fdc7db4532b0e5eab9fd479f6d'
                        key: {
                            list_id: {
                                id: '6eb6e62718e941db96b8754c7603f8c7'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '370b6270bf284a8384f507c8c3041bef'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3730cdce1fa643979bc7a09c62355e22'
                        key: {
                            name: 'x_opcon_action'
                            element: 'source'
                            value: 'rule'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3759de53e9e4419098e6871278273138'
                        key: {
                            name: 'x_opcon_action'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '376c2924a0e24f6c8878532be942784a'
                        key: {
                            field: 'job_name'
                            table: 'var__m_sys_hub_step_ext_input_ca18eb714f7d491897b135e7fe86e7fc'
                            id: 'ca18eb714f7d491897b135e7fe86e7fc'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '378410bed3b241eaa0c0ee7aff47a5a4'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '378ae137127042a79cea01de3a045f7e'
                        key: {
                            sys_security_acl: '059117bb422f486abbb26bbf1a39404d'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '379159ee60c148a097b2ba3990b3c131'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            id: '35b01b3b0066422fb9218f5039fa0465'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37d6a63387b44d4cae5b8dbab4eea034'
                        key: {
                            document_key: '350be089f77d4ef7b4d52db081088861'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '37f504acbc8d43288b1b2bdb1e92d3ff'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '382f18e654284d9f84d835987288b4e7'
                        key: {
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '383d424113564e95b08bdf65b74cecbf'
                        key: {
                            list_id: {
                                id: 'd4c7b79d9ee64a3980a61eeae82085da'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '38495583ed574fea8d9868d51a4cc325'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'schedule_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '385e6c37b3a04bc5a8b234a94351cba6'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3867b5e4c6394cc4bfaf370a3d246b88'
                        key: {
                            sys_ui_section: {
                                id: '08a9d09534084cb9ab2cdfc3f345acac'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '386f29cf7a4f4b47a22bcb99be5bf79f'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'listDailyJobs'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '38980a89f42e462999275ec8cca09fa3'
                        key: {
                            list_id: {
                                id: '6eb6e62718e941db96b8754c7603f8c7'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'requested_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39378e301ebb4067bf6ec2511b2b6bed'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '393a1757cc4c4867b32bebe949142d68'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'claim'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '394157cc344d4d5db64341570bf9b5f1'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '395ec8c88bdf4eef9a272731caf939d4'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '396e467a6c3e4fa69bb10bef297b5a4e'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3982d2dfbc7c4a049b05bad1fec6e616'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'claim'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '398bea5bf70d466681d174ff20f43f6c'
                        deleted: true
                        key: {
                            document_key: 'c4d1bf002ac64ef1a68ad8fcb5ec56fd'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '39ad68eff5434331b6af00e3d2f4a0c9'
                        deleted: true
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '39cb5f4e95ac4c17b56fed2b20435195'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39e261052342494a9cb922cd18a859d3'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3a34b791db6842a99d55bc24cc13dedf'
                        key: {
                            name: 'x_opcon_action'
                            element: 'reconcile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a4bd691df814eb7bff0f9c810b64c08'
                        key: {
                            document_key: 'f27c7bf73c9544b591283cf2eca9b612'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3a764cd62839454bb09ea093e01cbcc1'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd0994736ad4e479bb0c399df90b2fe12'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3a7ccd6b0eeb4675b2860ddb2c063af2'
                        deleted: true
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_1ba7e1e00cf24118872879f13dbf40d8'
                            id: '1ba7e1e00cf24118872879f13dbf40d8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3a856b8bb5d8468691cde3320a5f9860'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            id: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3ac7cde143db4547b7ed735e47f28015'
                        key: {
                            name: 'x_opcon_action'
                            element: 'sent_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '3ad302b463ea43a2bc6cf3f12dada8c3'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '3ae7a59baeba4b5399b6f39e5fc2bae1'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getJobDocumentation'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3af0696b0baf4d2980a7ed9c67d4c8cc'
                        key: {
                            field: 'schedule_name'
                            table: 'var__m_sys_hub_step_ext_input_fd983472eadd4c65abc581847bd63bb0'
                            id: 'fd983472eadd4c65abc581847bd63bb0'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '3aff8111de23484e8a6eb82d09ff018e'
                        key: {
                            sys_ui_form: {
                                id: 'ab6f2faf09c0428d97cdb3e0554018c5'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'a044e8548dcd46e59280484cbf60c821'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '3b0ae6bea2714cfca30373ce896fffc0'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3b2dc6ca7f5645809c44de701a114948'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'progress_noted'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3c0d5be2a15647208f3329cf0807dc51'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_file'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3c11748f61dd41b0a01a3d81c70fc3ea'
                        deleted: true
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_df6f2bdcf85b42379a0f6e8d344f8299'
                            id: 'df6f2bdcf85b42379a0f6e8d344f8299'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '3c863c8a833a402eb20d00a090ebc1cf'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getApiVersion'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '3c865881d0a74164babcfa7aa40cb8e5'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'schedule_name'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '3d024ef686924cb192d60690b4296898'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '3d0e9476ae6c45df9b47c759a04e5db0'
                        deleted: true
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3d3952a600204611827244a58cf9610b'
                        key: {
                            sys_ui_section: {
                                id: '7eccf87d2ede4655b99ef02aaf08773d'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'After hours'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'after_hours_impact'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '3de4bcbe5611479aa78ce766266a89ce'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3df314d0dfb848af95364d30f99c1ba2'
                        key: {
                            sys_ui_section: {
                                id: 'cad05507e8a8459f92d7144a88617c0a'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e3e803fcb72408e9d6970624d808fe7'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3e5dd3cc03c743dcbd4154222e044852'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            id: '10077fee3ad9400cbe91afb8d12e2ac3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e7582d1b2de4e459c9e90448bda0d8d'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3eaa171a771a4795b7411023d7c5ec85'
                        key: {
                            name: 'x_opcon_template'
                            element: 'urgency'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3eea02a292ef40d281437c26cd42e296'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'previous_incident'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3eef3f280ecf4f20b17fd623fd731bc1'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            id: 'bb8289635ec8428495169d361614124c'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '3f73e7963d9445c99d2024805b9443aa'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'updateIncidentTicket'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '3fa34c5927774c69bf40a9f27b371d8d'
                        key: {
                            sys_ui_form: {
                                id: '8a8171e702ec46bdb4f52da85a8d5591'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '08a9d09534084cb9ab2cdfc3f345acac'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '3ff0118975144a7aac6a7684cc2824e3'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4022dfa4a8104b009475fd63edd74191'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '40263a78757c4c17b479d51a948cc354'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'accepted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '40370979774f4e3fbb50b82e19d5f2d6'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '40524ae97cb64c0f9368c4f7fdef0b27'
                        key: {
                            name: 'x_opcon_storm'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '407a196a552640d8958fd78a4ea5b5c9'
                        key: {
                            document_key: '2c3a8da438c24c2d9a0329654e5946dd'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '40802055557f4098bd6f664b7dfc97bd'
                        key: {
                            list_id: {
                                id: '0836c675c7bd4f7eb158c0a7fc16d62b'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '40a7f383f4814aaea0f3eb23b7b684fc'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '40e46644ec784255a7f2246f7f12570b'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4109d54f6af740dd923488228ae02d00'
                        key: {
                            sys_ui_section: {
                                id: '78af0e478a1c4592af9795818bc12c06'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'How it was linked'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'check_note'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '410ebd5a9bcc48c69421176bb5c98e97'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4129905e59e54bc18bc99a54711eb82e'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '416becb6ef7c45428e6b5899e8162319'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '417efe027a714e53914f286b3dc9629f'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            id: '1227ff995e25416394e3fd87f833b126'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4180c8ed443447e2a77108dda77d428c'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '4188faca19114b3fba522cad530b292b'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '418ce565082f49efa735fa84828f5ee5'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '41a2cd2ec847463ab0e3636c20057332'
                        key: {
                            name: 'var__m_sys_hub_action_input_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '41a5c490c3064ce4a4259c679ad8277f'
                        key: {
                            name: 'x_opcon_storm'
                            caption: 'Outage'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '41c5cacebc6542ee83bc4f9790c0b83c'
                        key: {
                            name: 'var__m_sys_hub_action_input_bb8289635ec8428495169d361614124c'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '42348f37c8d04b00b2de98b36933488d'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '423b8b18aa634eb9b04b1cb95b8e8362'
                        key: {
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4290e020b9124c468f428d651cb388e4'
                        key: {
                            sys_security_acl: '434b483c1b814c5bb2c9fd1bbf092000'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '432e68c0795c40fe947c7d64f51e7465'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '43442d548dd7410888fa0fb26ab3c420'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'completed_on'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4397bd035b2a4143a256dc4c2872f7ed'
                        deleted: true
                        key: {
                            document_key: '92cf11ba2d984f69a81ff7492c7be15e'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '43be8eab24d147878e01d3c40f5f1f37'
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'collect_ms'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43c71473df754fe093e200bbb04f4ea9'
                        key: {
                            document_key: '0b5f417e15c04b9f81c8cc652d083de7'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '43cf802a226843e8b29ce087844c7118'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '43d7f9cdc18e4a1f8f195fa4f10e2b73'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '43dc9504aceb471386bd9ee7c2dfb5d0'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43df87e5166a48b4a2e9feba55f4c663'
                        key: {
                            document_key: 'db91195ce5634b5494beaa406b32c80e'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4403c2132ccb45ee9ed5f47a0d0ed7a5'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '44ab768fdf65467f998d12143ef5e071'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '4582acfb35694e53a6a426d6e307ae93'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '45b6c7175cd54993a75c2bd00e745e74'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'window_end'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '45ded3aad55643faa9d6190d3029c927'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'requested_by'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '45e4836f8ed84ba08a13c1267cfc155b'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'ticket_state'
                            value: 'written'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '464db00684e446abaf4f180e30c8a632'
                        key: {
                            document_key: '9a355ecae6564f9c96a43438c2d970af'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '46582b26aca442749603df1b4fd23ca1'
                        deleted: true
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '46a0fbe541f44cd5883f74819557cb4d'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '46c4afb1929d4d3c8ec45533b5769901'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            id: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '46dc43e2ab8f44c786bcbe23bef6d385'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'succeeded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '471828eb0bcd43b4a4bb397df6143e79'
                        key: {
                            sys_ui_form: {
                                id: 'ab6f2faf09c0428d97cdb3e0554018c5'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '473ae6d22d6c4acfb6f743f28d262278'
                        key: {
                            name: 'x_opcon_action'
                            element: 'address'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '478985381f5e47ebaa8c4fc842e8c527'
                        key: {
                            list_id: {
                                id: '0836c675c7bd4f7eb158c0a7fc16d62b'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47cba8f86eab43199db7bf7e2085e318'
                        key: {
                            document_key: '74328c596edc40a697a318ce9b6a59ba'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4827256d5c104ca281daf67f9e0f1356'
                        key: {
                            list_id: {
                                id: 'b4bfd656587e4f4f93b199f40290a393'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '48741d04358d427ea1ffa6219c9e3199'
                        key: {
                            sys_security_acl: '3cbceeb83a1b49a5ab47c8d8e4edc2c3'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '487cd75829c340a9b5228583b6c781a4'
                        key: {
                            document_key: 'b6b81db3756a4b779d4d51691eadb880'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '489608bb8f334ed387bd17f266be3471'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '48b03eac96b5461e84e60e99a2f9380a'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'schedule_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '48d373c8ed734d78a18e5a8e92c3697a'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '48dd7932780f44759eb2d1658e5c2a3f'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '48ebaca8c9284588b05f63e285d460d5'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_0f8788c89ebe456a82afcf2f73a2e29a'
                            id: '0f8788c89ebe456a82afcf2f73a2e29a'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '48ed3363e6e44cdea767dd1faef4eb3b'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'server'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4925fbff6e8b459696ba54212f8d32de'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '492ce0c1a79045178db0fd0fca7da8ea'
                        deleted: true
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_e1ea0c959ca040a2a8b3828cfcb439ef'
                            id: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '493c1a4cbcf842b8825ba246d1689959'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '495987e1041e4520a7bd3574d5dbf370'
                        key: {
                            sys_ui_section: {
                                id: '63aae40fae55417c8d5881103f49a4f2'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident text'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attach_job_log'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '49719d8b045c4e82af1ce87831baa241'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4976bf30786d4143a6c2bdead778d49f'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4a068df3a7774966a9015eb1e805a0ca'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4a71b008468145f9b44102fbe03f4267'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4a917e17632c423c86cd6bb84371b339'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4aa033ddd5054292881971042a876337'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collected_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4aa1ad22a06a420cb55d2f1cfa57d9c1'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'a044e8548dcd46e59280484cbf60c821'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'mid_server'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '4ab4eb88e2454dc68b3fbe47c6695a6a'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ad6dfe06d084c2a84113b19e6fc7b43'
                        key: {
                            document_key: 'c32d280ce4d74accb818f76170de40b0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4b0309538f6c4279b22de3837273bd57'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '4b3dc7c14016472481340d6050f628b7'
                        deleted: true
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4b6486fc53304649a700dd4bec646e47'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4b6a7aa875794845a51e02243b12a6d0'
                        key: {
                            sys_ui_section: {
                                id: '63aae40fae55417c8d5881103f49a4f2'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident text'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '4b70e93b087b418c85380c3687a9c98a'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '4b7b86bf27eb421bae2c57f22e2ca026'
                        deleted: true
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4b941c7674be4aad94aa18010b973514'
                        key: {
                            list_id: {
                                id: 'b4bfd656587e4f4f93b199f40290a393'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4c7a695ef5764e8cbe611561953f1a19'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_state'
                            value: 'not_requested'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c95611820db4e13bc9d7a6f1c94b064'
                        key: {
                            document_key: '1418af0e57184af4b2cfc2316603b7ad'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4cc8d3f8d76a41108646f95c6d94ab06'
                        key: {
                            name: 'x_opcon_action'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4ceac1b4df314eceb057cff8a3f10362'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4d7321e3e8f1475286cce7d1268e1f19'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '74328c596edc40a697a318ce9b6a59ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4dc014fef0314e6d927cc7dfad95f3a3'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '4dc11e41fd444797a0fac2c055e82112'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4dc5d4345c3348999f865ca8193ae25a'
                        key: {
                            document_key: '15419ea710b74d2a9197b1ec8f5484c7'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4dc708915b54474ebfbeab75db0932ff'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4dc7c0dcf46d430bae2c5e2d5d2ca546'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_d180fb58ed9345519f7ac17d3c42905b'
                            id: 'd180fb58ed9345519f7ac17d3c42905b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4e25a32f5cf54614968f741b66910cc2'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'outcome'
                            value: 'reopened'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4e672174a46d4460b8f4a3cb731d8484'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e78399d6182472d9a5cb38f066b943a'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'run_ended'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4ed42655134b4afba4b34c73dc81a59f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                            value: 'done'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4efc9109e8e946a5b966de2ded4d8cf7'
                        key: {
                            name: 'x_opcon_action'
                            element: 'source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4f4ce72e64f04489a446560e0a69ed4a'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '4f6008a899d348a2a0a9bdede51befd2'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4f871d54f224493297aed7bcab2e0027'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            id: '1227ff995e25416394e3fd87f833b126'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fc78b324eb1455e888238bae25d86c2'
                        key: {
                            document_key: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '4fea2726ae834507b267afdbc0cf99c9'
                        key: {
                            sys_ui_form: {
                                id: '89792c93bee848638cca64b4e6462514'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '78af0e478a1c4592af9795818bc12c06'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'How it was linked'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5065c11bc17c4c1489930298e4e4dfb1'
                        key: {
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '508b4da9c7a44ff2a9709cd7555d798c'
                        key: {
                            name: 'x_opcon_storm'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '50a4a83e16e7443991cb356cee9e78b6'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            id: '47fac94ab28e419e811251d7575f494b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '513373c5839a49289f01fd6597e836ac'
                        key: {
                            document_key: '1418af0e57184af4b2cfc2316603b7ad'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '517f234471034a709905ebd9ab265323'
                        key: {
                            name: 'var__m_sys_hub_action_input_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '51cd07879c3341fb80a357839cc8859c'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'first_seen'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '51d7f3b54a464c9eb714345d951c6c5a'
                        key: {
                            name: 'var__m_sys_hub_action_input_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5200837be40942159ea8bf6acf36b0ed'
                        key: {
                            document_key: '15419ea710b74d2a9197b1ec8f5484c7'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5215077204654d5f80a589dea9f31403'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '521d2d0cd8fe4e2793f5f8b08c51dfde'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5232611a2ee24e8f82fc863e81984f9d'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            id: '47fac94ab28e419e811251d7575f494b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '523f558ff5ce46c0999648ffc549d05b'
                        key: {
                            sys_ui_section: {
                                id: '63aae40fae55417c8d5881103f49a4f2'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident text'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'subcategory'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '526dfce853234a498ba3d60e1a7c841f'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'parent_incident'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '527175526c5e40559aa7abe248167328'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            id: '3696c4061aa7496f89e2a2aab76c92c5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5299d94be3cc4e3180fbbf2d02f10320'
                        key: {
                            list_id: {
                                id: 'f706b53590304df4a83f2953e5096d1c'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '52ad3e37e5e644f1bcd2fe7d7cc06388'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '52aea4813a554391bcff09ee0d665a67'
                        key: {
                            sys_security_acl: 'b39b373fa47c420da03f30811d0bfac6'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '52aeaf5535614eb497fdfda4e63af133'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'held'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '52bd58bd4645486c939c678bf61340e8'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '532916456e054414a5ba9672e7079366'
                        key: {
                            list_id: {
                                id: '7e0d4a329b4743afad00ee4acedae33f'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_template'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '53474cfac994495da896b62e1b7c0956'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            id: '0ddff35ff68d43af808cdda8ce4049df'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5350c3a386f4489289cc2052532a92e7'
                        key: {
                            document_key: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '538406bb362a4d66b8fc7a43206b8a18'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'address'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '539382b13a444645899049f3cc2f3757'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'settled_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '539e7224ee424e1a9e7b76327d7cab80'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '53abfd486ce24e4ebdbb657e22c38dda'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'superseded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '53c008718fba40299e98d43bc617fdab'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '53d73507209c41718b394585e4aa9d2d'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '53e9032561ec43bfb9f5aab5f5f7f515'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5405f5acff5f484eb0a70549b307e288'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '5420b84a63354863af02e7b17c3ea6ee'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5468dcca8289411ea2352fde2e8ad4b2'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '548591679efe4dc0bd1675de4a70671d'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '548b1ddf9a674d2487476ce7be6e27e0'
                        key: {
                            name: 'x_opcon_server'
                            element: 'failures_resume'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '54c040bf322d4c15ad5289c7fb0f79f9'
                        key: {
                            sys_security_acl: '1c085939c85e41b5905fc46e98b19c22'
                            sys_user_role: {
                                id: 'a67368d46c55405f882b0f43bc4bb140'
                                key: {
                                    name: 'x_opcon.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '54fe34a8dbf8448fbae8e49cba0abf79'
                        deleted: true
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5513de75e52f44829f07f3d9a447f508'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'schedule_name'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5516e39404314fecaa2d742f852a51ce'
                        key: {
                            sys_ui_section: {
                                id: '08a9d09534084cb9ab2cdfc3f345acac'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '551d1b5abf69454284cfd7a13cd72fc3'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            id: '0ddff35ff68d43af808cdda8ce4049df'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '559b590224154fb5a9ab0c2a868a6435'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'schedule_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55b20a8ecbe44b7583aef546af3af392'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '55d6eaf097df4a9d9ac3c21fc855addb'
                        key: {
                            sys_ui_section: {
                                id: '6312ca32495048ff89613cfbefea1897'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'claim'
                            position: '3'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '55dab86f352f4d8282ef87e88557bd8b'
                        key: {
                            name: 'x_opcon_storm'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5630d5d4cbc54cbba82791089d61e7f8'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '56a1b7f612e84dd084133914acb35b65'
                        key: {
                            name: 'x_opcon_server'
                            element: 'failures_resume'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '56c68b323fff444bad9e1bf2caff2974'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'job_uid'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '56c9c523803e4ee1a171d46ec5e98942'
                        key: {
                            name: 'x_opcon_action'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '56fe5813a67241c88667982cb75eac82'
                        deleted: true
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5728ca56fbdf4378a7917de123a2684e'
                        key: {
                            sys_ui_section: {
                                id: '08a9d09534084cb9ab2cdfc3f345acac'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'urgency'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5746ac4413534beaa70695abb49ebbb0'
                        key: {
                            name: 'x_opcon_action'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '576cbf9e519e4a48902d650ff3656199'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            id: '35b01b3b0066422fb9218f5039fa0465'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '57867a0a838341998081491288438e6b'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'job_status'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '57aa03c10d5449b99a84c4f829a8aaaa'
                        key: {
                            sys_security_acl: '4f160b7c5e1945d29e0e0ea9c382c7aa'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '57e714cf6ac644b8afd5fad92475841b'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'addJobs'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5886e305dcdd49cdb1e063fd0e810080'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_action'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '58b012cedf8a430399d1f873e465dc2b'
                        deleted: true
                        key: {
                            name: 'x_opcon_server'
                            element: 'mid_server'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '58b69ce670b54e26a3093dcc3d46cf4e'
                        key: {
                            list_id: {
                                id: '0836c675c7bd4f7eb158c0a7fc16d62b'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '592cd1312e0746d8823aadb679b6421a'
                        key: {
                            list_id: {
                                id: 'dc1ef8874e264535962812702de146e3'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'collect_failures'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '5974dc2e787e467887b20049215d5c34'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5999e85c2a664e0b8fa10758b462f29b'
                        key: {
                            field: 'incident'
                            table: 'var__m_sys_hub_step_ext_input_d180fb58ed9345519f7ac17d3c42905b'
                            id: 'd180fb58ed9345519f7ac17d3c42905b'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '59b35adc32e843b581843802254cfe6f'
                        key: {
                            name: 'x_opcon_server'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '59cf7b04dd1d4f28b7c6d44fe0798a50'
                        deleted: true
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '59e8d0b05be14072be24531e743b3546'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '59efa91ae992417b9f303f15ddff75f2'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5a8f35e71d1842ecace843a40313d554'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'collect_error'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5ab9dbe82b90480491bb49fcef2efec0'
                        key: {
                            name: 'x_opcon_action'
                            element: 'requested_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5aef82e058a34b50a8aed97977816974'
                        key: {
                            name: 'x_opcon_server'
                            element: 'incident_template'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5af52fb6c3394052af97312aad0818e0'
                        key: {
                            document_key: 'ebcdc8d1c7f54f0d907486140b17aa17'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5b04ee8a80994b3e86b7041ce91b1e8d'
                        key: {
                            sys_ui_section: {
                                id: 'cad05507e8a8459f92d7144a88617c0a'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_check'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5b3c9e49d52e4d1a96b98a3562109775'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5b4caa564c614d71b7be1ccceba1d9fc'
                        key: {
                            sys_ui_section: {
                                id: '03aa467172864a1ead2ffb04466e2103'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Incident and OpCon ticket'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'previous_incident'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5b56a69d95de4aa29ee1dc9533b38c84'
                        key: {
                            sys_ui_section: {
                                id: '5cdd4cd6fe1a414ba6175d702bc2bd13'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Which jobs'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b952059393b4c9293a726032ba13b32'
                        key: {
                            document_key: '03192c8af83147a29e77abc425918cf9'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '5bb185cea0ac4c0bbcba50c1f68826c6'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'documentation_state'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5be4fcc839464804a2c7c72ce291e590'
                        deleted: true
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_0f8788c89ebe456a82afcf2f73a2e29a'
                            id: '0f8788c89ebe456a82afcf2f73a2e29a'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5c1344cabb3f4083854b82c14448f68a'
                        key: {
                            list_id: {
                                id: 'dc1ef8874e264535962812702de146e3'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5c19a5071baf407db4a80c8b5471ed80'
                        key: {
                            name: 'var__m_sys_hub_action_input_44a5eed93915483e82f99850a09c7b7a'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5c25c15a9e714760bd6bbfc6f1feb8b3'
                        key: {
                            list_id: {
                                id: 'af0f25c5b9384973ada2bf7174098566'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'note'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5c93dfc28551469b96e508cfa28861bb'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'job_action_id'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5c9ab742fd2d467688d165d855050996'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5c9da79cdc5c4db380a9381f50c062e1'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5ccc3b4f29cd40cfbd2e18588edc2250'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '5ccd5686407f4420bfa68e4de1850d78'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '5cdd4cd6fe1a414ba6175d702bc2bd13'
                        key: {
                            name: 'x_opcon_template'
                            caption: 'Which jobs'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '5ce2d97acbae490095d3c5db43636e9a'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5cf6f55d99db4479b2fdb7e529ffd353'
                        key: {
                            name: 'var__m_sys_hub_action_input_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5cfdddd877d344d7a453d45b85d32f8a'
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'collected_on'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5d04ea50556046f0bacb5c3e916fa9e2'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            id: '10077fee3ad9400cbe91afb8d12e2ac3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5d711867c07a4f24842c1e916b99e7d2'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            id: '35b01b3b0066422fb9218f5039fa0465'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d963dfe03e94292a22459d813e5c9cc'
                        key: {
                            document_key: 'db91195ce5634b5494beaa406b32c80e'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5dc8bc82c4a6435ba6cc342bc2f389c9'
                        key: {
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5de5049390a744f7a31aee8efc07cb5b'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5dfb1775a0c04811a3155507cd5ee2d6'
                        key: {
                            field: 'frequency'
                            table: 'var__m_sys_hub_step_ext_input_ca18eb714f7d491897b135e7fe86e7fc'
                            id: 'ca18eb714f7d491897b135e7fe86e7fc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e0ed57b83604b73a2f394f42299b420'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5e437a51ee1a4b9f952add3e25e98ab4'
                        key: {
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stale_after'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '5e44cccaa5944cb4851a2bd9c62db63f'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5e6fc76eda3b43078fc378a231f436cf'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5e725949a7264f819e7e6853ebdd8ce5'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            id: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '5e89d0ba4dd1437581d86b264401daf4'
                        key: {
                            name: 'x_opcon_template'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5e94461357164811a230aef06c7a4d92'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'note'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '5eb1a142f99049abb2e450a60bd26274'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5edde00219214b3090373e28c78a1f8c'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'claimed_until'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5ef08c9b75424b3290c637c3fa3d08a2'
                        key: {
                            name: 'x_opcon_template'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5f0321fc154f4fde8113121701f8bf96'
                        key: {
                            sys_security_acl: '4a763bf52660464b878c308e38444db1'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5f1b6bd8d6e64d1ab4b5a8fe88bf665a'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            id: '03138554a6804d9abde87017b394d3e3'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '5f61972c124549449e7ee68676afaf7d'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '5f997c4d16c04f26ac557da5d517fa9f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5f9dfc09341c4ceb8872df1ed35e4219'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '601e31b769764e3ab364bf8d1918fd10'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '60222fc1497045b2a27943a456695214'
                        key: {
                            sys_ui_form: {
                                id: 'fa6b22343e11491fa06d51e3e8e84bbf'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '603bb4918ad342a58caeb532a6996da5'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            id: '44a5eed93915483e82f99850a09c7b7a'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '604ed49f4e844cf986b8ae5e6c771a9f'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_found'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6059184b8c4c4fb09aec09374a763492'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '609499c6abeb42fba5effef04f5862be'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '609a563ed31f4180be82a79f8936e2a2'
                        key: {
                            sys_ui_section: {
                                id: '03aa467172864a1ead2ffb04466e2103'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Incident and OpCon ticket'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'log_file'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '60af570d34bc4cbaa55848e9ee73014f'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '60dd3140fda041a5a7c5d9572941eba0'
                        key: {
                            name: 'x_opcon_action'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '616ce1069b4f44bd9ebf982b68d4a905'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'parent_incident'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '618a18eb28ea494186a674bc707a928e'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'key_kind'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '61d28914e781450cb6f16fa0e7912033'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'schedule_name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61dc7a7a9c4841e095eba692c85eca03'
                        key: {
                            document_key: '15419ea710b74d2a9197b1ec8f5484c7'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '61f43a30033f4c778f4721ba8db384c2'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_attempt'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '62310163db634d2db2f88d3018ea3abf'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'collect_found'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '626baf189a4d42d18dcb7c47fdad8cf2'
                        key: {
                            name: 'x_opcon_action'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '62742a807eb447268fcf9d797227308c'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '6298f21deb784ca1b03e49541561d0a8'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '62b535b6ad764f0e9374c4c62b848e0b'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'a044e8548dcd46e59280484cbf60c821'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'allow_http'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '62de5da67554485d860104b9b3a0ecc7'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            id: '1259e26ff0f640bb8071137f7f9fc875'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '62e9deb9fdab4f08a40e5777a51fe7ae'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            id: '03138554a6804d9abde87017b394d3e3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '62eace77a1ec45808e7c714ac0b12544'
                        key: {
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'base_url'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '6312ca32495048ff89613cfbefea1897'
                        key: {
                            name: 'x_opcon_storm'
                            caption: 'Diagnostics'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '634201c149a04ce791dc7d487c841751'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '634685b7debe4f27be0b7b686679bff9'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            id: '03138554a6804d9abde87017b394d3e3'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '6363ef0e994e43fd945742547bbfc571'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '6372ca77a8b640dba7fa235a77f6849a'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getScheduleActionResult'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '638e584123ce4269bf8cbb2b67db9d7a'
                        key: {
                            sys_ui_section: {
                                id: '7eccf87d2ede4655b99ef02aaf08773d'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'After hours'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'after_hours_group'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '63a4759e9f184f9b93f66dbceff16783'
                        key: {
                            sys_ui_section: {
                                id: '63aae40fae55417c8d5881103f49a4f2'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident text'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '63aae40fae55417c8d5881103f49a4f2'
                        key: {
                            name: 'x_opcon_template'
                            caption: 'Incident text'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '63b7740579d14005a98bf111eb756e24'
                        key: {
                            name: 'x_opcon_failure'
                            caption: 'Failed job'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63e5e9de1ec1480da206c11e193a6b5e'
                        key: {
                            document_key: '79be463bb49742cdb884f3ba8dd3b0d2'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6405a6296114417a99fa2952320bef7b'
                        key: {
                            sys_ui_section: {
                                id: '78af0e478a1c4592af9795818bc12c06'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'How it was linked'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'server'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '64316a3577e3467f9687251de1e2262e'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'window_end'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '64365ee8694a4f6fac93776e7febd504'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'first_seen'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '645eee09ff7b479fafa427e8bd3a3e7a'
                        key: {
                            document_key: '03192c8af83147a29e77abc425918cf9'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '6477d5284b2840ef8c344567af2557a4'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '64b3fe7ea4ac42b6b09300fa3894ff7e'
                        key: {
                            sys_security_acl: '5ff7020818954e04b4c90c0ed8ecde4f'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '64be2b0e3f3142dba7c4902eed59b89e'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '64e13c0b8c6d4eceb4ea573398eefb4b'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            id: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '64fb1c1ec55844cca336a2fc40963ebc'
                        key: {
                            name: 'x_opcon_server'
                            caption: 'Last collector run'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '64ff08c46ea1448abf9d63e9e838c36c'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '658b92b154364312b26b3218ec746578'
                        key: {
                            name: 'x_opcon_failure'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65a26eae63d5475e9b72df7a7baafd13'
                        key: {
                            document_key: '0b5f417e15c04b9f81c8cc652d083de7'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6653dab235d64257ad1340e0bd61029b'
                        key: {
                            document_key: '3d51e0c8f1eb489f9b64b12c0f650968'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '66a30984e4af46168f7fd2dc97d70ecf'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '66a73ab082284cc9bdf13a0392a30ae4'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '66ac50e3ceda42a89afeb45513e2dc85'
                        key: {
                            sys_ui_section: {
                                id: '6312ca32495048ff89613cfbefea1897'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'words_final'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6701bfb448dd4203a96c48188d09f7ff'
                        key: {
                            document_key: 'c32d280ce4d74accb818f76170de40b0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6703c56722eb4b78b85c3258ccc8f1d4'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6712c1e1abd5427eb818ec100ac02c96'
                        key: {
                            document_key: '350be089f77d4ef7b4d52db081088861'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '68462a64054b477c8e756b799a6a31e0'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'http_status'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '68561693e46740e9890ced8fbcc34b68'
                        key: {
                            name: 'var__m_sys_hub_action_input_bb8289635ec8428495169d361614124c'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '686275bf91224601b1b1e0f580a8651b'
                        key: {
                            sys_security_acl: 'ff078f83334d44a28e9a3c549d198515'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '6893704ba1d947518deaefd9fc08a8de'
                        key: {
                            logical_table_name: 'x_opcon_action'
                            col_name_string: 'server,state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '689f328a5ae641278f6fe933b0994d11'
                        key: {
                            name: 'var__m_sys_hub_action_input_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '68ace039958b4ae8a30a00ca9f465ed6'
                        key: {
                            list_id: {
                                id: '0f1091fd2f784a52af275256ccaf9d22'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '69002486384245b5977873e5bc5b5748'
                        key: {
                            sys_ui_section: {
                                id: '7eccf87d2ede4655b99ef02aaf08773d'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'After hours'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'after_hours_schedule'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69074960c6c543cabf58a586f66390a3'
                        deleted: true
                        key: {
                            document_key: '92cf11ba2d984f69a81ff7492c7be15e'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6936c68255be444d9a428b70027bb764'
                        key: {
                            document_key: '6c1cfc4232154d5c8952b97a6639fd19'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '69625ab4d64a4d64abea5d98c79bac25'
                        key: {
                            name: 'x_opcon_template'
                            element: 'caller'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6967ef94e3294176a1de221be7765d9c'
                        key: {
                            document_key: '03192c8af83147a29e77abc425918cf9'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '699ee073daae4e2e84aa93a840c08aa0'
                        key: {
                            name: 'x_opcon_server'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '6a128c5c320c4c169651adbb8670db02'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '6aa8f6969feb425fb9a9346eac5de59f'
                        key: {
                            name: 'x_opcon.admin'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6ae6150838ce460988679ab91e70cbc9'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'documentation_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6ae8c12981164dfda7f18f278667428d'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6b1d33be592c415b87c09d89646a9431'
                        key: {
                            name: 'x_opcon_server'
                            element: 'push_refused_unlogged'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6b70f6707e134d5a84f147816bbc8f6e'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'calls'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6b7f968727964e4e99437b9685f6bed8'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            id: '47fac94ab28e419e811251d7575f494b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6ba5eb300b6944779187b2ee0e879488'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_e1ea0c959ca040a2a8b3828cfcb439ef'
                            id: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6bef1425a92042d8ac22738fdf7a0300'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'job_number'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '6c2862b2404d44569a99785395f297f3'
                        key: {
                            name: 'x_opcon_server'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6c2bb871241442808c672f9db7df2494'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'build'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '6c2d6141044740d7b7f34e0f598c7586'
                        key: {
                            name: 'x_opcon_action'
                            caption: 'Diagnostics'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6cb841840aa54debb93a13971675065f'
                        key: {
                            name: 'x_opcon_action'
                            element: 'completed_on'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6dd53903413f4fa3ae09620cc5c46237'
                        key: {
                            sys_ui_section: {
                                id: '78af0e478a1c4592af9795818bc12c06'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'How it was linked'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'replaced_on'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6df1affef5e6423d8b68402e0430d8da'
                        key: {
                            name: 'var__m_sys_hub_action_input_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '6e174149e6374a62971d35a3a0b67d6d'
                        key: {
                            sys_ui_form: {
                                id: 'ab6f2faf09c0428d97cdb3e0554018c5'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6e28b3e110fa44d9b811add9279f6f00'
                        key: {
                            name: 'x_opcon_template'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6e2c0f794cec4b358c855d4bc1de33c2'
                        key: {
                            list_id: {
                                id: '0f1091fd2f784a52af275256ccaf9d22'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6e435b2df6164403a33eb41b6f6edba0'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '79be463bb49742cdb884f3ba8dd3b0d2'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '6e4a4a7fbb234d5c84825a49d500c69d'
                        key: {
                            sys_ui_action: 'fca706e3a6b844a597312f25808140b1'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6e59d7985e8c466daf10e108a2a30664'
                        key: {
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'daily_job_id'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6e931c3ae0cf4288899c7b6bebafb204'
                        key: {
                            sys_ui_section: {
                                id: '897eca2774f745df81836ed5c261795b'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Parent resolved or canceled'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '6eb6e62718e941db96b8754c7603f8c7'
                        key: {
                            name: 'x_opcon_action'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'incident'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6ee4049f263240c3b14fdde91fe37719'
                        key: {
                            sys_security_acl: '43c2651a6275414ebd058cde61c5bb67'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '6eff58fb2480456e9ac0b4e86f682a41'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '6f0b7ddcefc64889bfc2dd1082fc9f3a'
                        key: {
                            logical_table_name: 'x_opcon_failure'
                            col_name_string: 'server,run_key'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f144b0807ad418d830b79f8eaa5996b'
                        key: {
                            document_key: 'ca18eb714f7d491897b135e7fe86e7fc'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6f32185b848844fc89f9cd6929d5eea2'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'action'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6f50b30f354a4230ba1968a671405226'
                        key: {
                            list_id: {
                                id: '5e89d0ba4dd1437581d86b264401daf4'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6fabe0bd5bd4429684b775ddadd498f5'
                        key: {
                            document_key: '5769de80d8a7495aac365eaf94066170'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6fb0a4bd846945349ebc07dcb6abea94'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'how'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6fd4b3c1ad8c41dc82ad1c4229dc8650'
                        key: {
                            name: 'x_opcon_action'
                            element: 'next_attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7030be3a23e745e3811e57daae20d983'
                        key: {
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7030fcaa39fe4f96bc25990a9010d6cd'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '708589c697c440eabd829e3d35b40d02'
                        key: {
                            list_id: {
                                id: 'b73789fa71d143dc90ca44d4a6d43afa'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '70894e8655764dee8d263353c9959ccf'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '70c56522d73c4bf49db48df34d9e458f'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'incident'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '70f509e9ddbd4faa890f3f393fac5019'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70f76f7d30fa43c2842db567f6586a81'
                        key: {
                            document_key: '15419ea710b74d2a9197b1ec8f5484c7'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '71016a2a722047b9b1c00e1d136b0e88'
                        key: {
                            name: 'x_opcon_action'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '7128d31fca774059965202bfba952357'
                        key: {
                            endpoint: 'x_opcon_job_dialog.do'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7144154599c7471792820f14061b691f'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            id: '44a5eed93915483e82f99850a09c7b7a'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '715c6162862d440f8a1a43f6eac17e6d'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'outcome'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7162abb164c84fdf82bccdd0ac6d25c7'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7174780f3ce749c3a8c3fe1a52fb2a19'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7176b4330b5d4f3a86ce7131487aad3c'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_4b91a9f59afc4083aaf81bd92ce9e59f'
                            id: '4b91a9f59afc4083aaf81bd92ce9e59f'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '71b5e7fcf9d34e459b5aa59e729f7ab3'
                        key: {
                            sys_security_acl: 'a57332b692114579b752a03a44c95a81'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '72551d7e65cd4b9fa56e98b07a3e3381'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'restartOnHold'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7258edd04db9474ebf5f8279352ba7a0'
                        key: {
                            name: 'x_opcon_server'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '728ff41343bc4915bf6a31d906b12c95'
                        key: {
                            document_key: '20839c7f1b094f878fc4525564a6271c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '72ca433b018d49779705b4a64d16ec57'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_group'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '72e406f4935c4a3485681a9b738a9773'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'schedules'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '731889a175914843b8177df0e3b3c380'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '350be089f77d4ef7b4d52db081088861'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '732be1e857e44649bfc5c6b4e310f29f'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73466f216afc483fb6cbb7928ef33c93'
                        key: {
                            document_key: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '73522d16aaa74b3dad8399911e0c2caa'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73755fa099984fa5a719400b53674eb1'
                        key: {
                            document_key: '2f7847e19c494dd888ab4e715abcfea0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '7385ba1182b84425bffe3517cd2a6a7c'
                        key: {
                            sys_ui_action: '2dabdefff9bf4a02a8d22f9de02d5956'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '73902df8ac164f62b37505833425e699'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '73d7e933b02f44cf914367a1e146b567'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'settled_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '740f48a06d24402185a433bacbd7fd6d'
                        key: {
                            name: 'x_opcon_template'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7438ccd60025456fae1e7dab59753766'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            id: '10077fee3ad9400cbe91afb8d12e2ac3'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '744bca9b58944d10862e4e4db08aae2e'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '745233b94e424ea8b602d875384d2dce'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7488b395903c4c45a775aefff4a6a3c8'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            id: '3696c4061aa7496f89e2a2aab76c92c5'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '748c9f73d5894f6ca409db1a7aab004c'
                        key: {
                            name: 'x_opcon_template'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '74f67e200d4a462fa3b2c397f72e0395'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75274444bee3447884dceff8205442dc'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '756fb17d92d44b81b7f196c9c6f29979'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '758b98563b934ae58d850603f7db0cdb'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            id: '3696c4061aa7496f89e2a2aab76c92c5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '75adcda2a88f40bd875b6743ff7dd12f'
                        key: {
                            list_id: {
                                id: 'af0f25c5b9384973ada2bf7174098566'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75e03eefb91f4c4995adfc95ac5b5f83'
                        key: {
                            document_key: 'c32d280ce4d74accb818f76170de40b0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75e830047bec42608fd4cc726665ac4f'
                        key: {
                            document_key: '15419ea710b74d2a9197b1ec8f5484c7'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '75fdcd6651c2498e844f0d4be61c6e14'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            id: '0ddff35ff68d43af808cdda8ce4049df'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '764091e719a147a7abe487f68c4b3070'
                        key: {
                            document_key: '0b5f417e15c04b9f81c8cc652d083de7'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '765953e89e7946f69a9324ee78841934'
                        key: {
                            list_id: {
                                id: 'dc1ef8874e264535962812702de146e3'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'address'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '767449c1125b4085bfdecf015c32f897'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            id: '10077fee3ad9400cbe91afb8d12e2ac3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '769d05d727444857a4e41b45e71eb30a'
                        key: {
                            sys_security_acl: '56a4b8aaf02f4f17a77764844e50d3bc'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '76c3b89a9898422886672adb39787c36'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'schedule_name'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '76e64cc1b0534d4395ce15ae3215ab3e'
                        key: {
                            sys_security_acl: '924f78c630d04e0093161e450cda47f4'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '773ba7c5da0e4b33aed4bc82ca5b6f65'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'addJobToScheduleInDaily'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '7747ba625b73471daf785dfa0b374dc0'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '77552f7f6a654ee096f0209527d72927'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '776dca0197f44a7d9eb1486fb0c95e9f'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '77893cb3c5ef454aaca0f4b94d9ed000'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '778fcfe81207408a8c619232a41ba262'
                        key: {
                            sys_ui_section: {
                                id: '03aa467172864a1ead2ffb04466e2103'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Incident and OpCon ticket'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '77982f73731c4ee09513f116019a4b38'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'job_number'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7806177f2cc24e9d9e2ffc7182fddd54'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_impact'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '78379a457b944bfe848861e386cabfd9'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7844d6f696c64e70963b6c604c7c4449'
                        key: {
                            list_id: {
                                id: 'dc1ef8874e264535962812702de146e3'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'incident_template'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7869978e3bf845e18a361a5868df466d'
                        key: {
                            list_id: {
                                id: '6eb6e62718e941db96b8754c7603f8c7'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '786ea942ae904cb48ae3778c8f8e31ba'
                        key: {
                            document_key: '15419ea710b74d2a9197b1ec8f5484c7'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '78905a354e4d4784b99e0333c23ec3f7'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '78ae91cbe7024cb3bad7549f5cb16797'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            id: 'bb8289635ec8428495169d361614124c'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '78af0e478a1c4592af9795818bc12c06'
                        key: {
                            name: 'x_opcon_binding'
                            caption: 'How it was linked'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '78bb39d89ffa4ad5a320cdfef7655434'
                        key: {
                            list_id: {
                                id: 'f706b53590304df4a83f2953e5096d1c'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78d174ee654f43b3903698647661d73a'
                        key: {
                            document_key: 'b6b81db3756a4b779d4d51691eadb880'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '78d660ff11f548b9a022629ef10d6b12'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'server'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '791449832afb4e9c9840d011b7a9ca67'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'markFailed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7915ffed11674be6b28f765279fbea63'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'documentation_state'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '792fb6122e2d4e6e9be35ede3117675e'
                        key: {
                            logical_table_name: 'x_opcon_storm'
                            col_name_string: 'parent_incident'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '79e88ba5455e4fc5906604ba633e978d'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getIncidentTickets'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7a642082420f4f87bbdc4c3fd8ce4c4b'
                        deleted: true
                        key: {
                            sys_security_acl: 'fd2bb2da749340ae8e631ef03a23eac1'
                            sys_user_role: {
                                id: 'e5de31a6d11449c7bc4c060dd0d908f5'
                                key: {
                                    name: 'x_opcon.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7aaa2b56424c4aa2ab22f977679d0465'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_5769de80d8a7495aac365eaf94066170'
                            id: '5769de80d8a7495aac365eaf94066170'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7aadf2929dee41f887a436ca547cc7df'
                        deleted: true
                        key: {
                            sys_security_acl: 'fd2bb2da749340ae8e631ef03a23eac1'
                            sys_user_role: {
                                id: '95904703ac3548f389ea059f399002c1'
                                key: {
                                    name: 'snc_internal'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7b3dad1f3c9c4728bbbfb95e8401eca0'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_db91195ce5634b5494beaa406b32c80e'
                            id: 'db91195ce5634b5494beaa406b32c80e'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7ba0c46d67ef4c4bb6b4909f6be3cf5d'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'reported_by'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7bc099b362464785a29195effb4017e3'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7be0b9145ccd479c8fd9686d31372eb7'
                        key: {
                            sys_security_acl: '864b880f58a94ac9ac86267fc41456a3'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7be1dd3919fb4c42ba8b855906b38f5f'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'claim'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7bf525a95f3045e8bedb4937e6f1f6ba'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            id: '10077fee3ad9400cbe91afb8d12e2ac3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7bfeff6efafb46eda8a876d625d40b0d'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            id: 'bb8289635ec8428495169d361614124c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7c1badb0b91c4001b39882ab18314a26'
                        key: {
                            field: 'incident'
                            table: 'var__m_sys_hub_step_ext_input_1ba7e1e00cf24118872879f13dbf40d8'
                            id: '1ba7e1e00cf24118872879f13dbf40d8'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '7c2101a5b6ae4166b8053f05c6530565'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7c2d8539ce984df59643ba54cfa0a232'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7c6322ab462d4786858799a536bfe4a1'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_03138554a6804d9abde87017b394d3e3'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '7c8da1fb5e9c429c98e0e77c30592599'
                        key: {
                            name: 'x_opcon.failure_reporter'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7c8fa9d914594a7f864e0c0d36dde262'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            id: '47fac94ab28e419e811251d7575f494b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7ca2cf97a0e54cc987dc6edcde37b4a6'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7d0820ebbe864ac5b4afe93fd469b368'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7d858bd7e5d64353bba432a9780ea0eb'
                        key: {
                            name: 'x_opcon_action'
                            element: 'job_before'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7d8e31700b9b442eb583013bbcde4aa2'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'skipped'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7d9ad912f7354a6ebfa34fd72fed58f1'
                        key: {
                            list_id: {
                                id: '0f1091fd2f784a52af275256ccaf9d22'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7dc690de8d504b1fa4866e534453f6a4'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7dcd47092c174f86ad86f04176e26ee1'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7dd36c19bedd43a4b4b16e77e851773d'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'run_key'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7dd4032f75d44653b5e7f5ce1f01d7a1'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_urgency'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7dfa5585006842eb8679857bc5c9b3ba'
                        key: {
                            list_id: {
                                id: 'd4c7b79d9ee64a3980a61eeae82085da'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '7e03bef752714b72a9c05f22162375fa'
                        key: {
                            sys_ui_form: {
                                id: '89792c93bee848638cca64b4e6462514'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '7e0d4a329b4743afad00ee4acedae33f'
                        key: {
                            name: 'x_opcon_server'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'x_opcon_template'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '7e3be0f8d08c4b89af71d1fa0ef1ff89'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'date'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7e9f1187c4e1428284eedd03ca240b50'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'note'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '7ea4b216eca1432c9a4e8dd6f2a845c6'
                        key: {
                            sys_ui_form: {
                                id: '89792c93bee848638cca64b4e6462514'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'cad05507e8a8459f92d7144a88617c0a'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7eaffb79b12a40f0b992a77d26cf6ae1'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'ticket_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ecb0a2eae36422cb79a7d76d4af619d'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '7eccf87d2ede4655b99ef02aaf08773d'
                        key: {
                            name: 'x_opcon_template'
                            caption: 'After hours'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ede06a09e2c4f3a8d58a3777d972d65'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7f018af9c6cf48099a49464919f99402'
                        key: {
                            name: 'x_opcon_server'
                            element: 'address'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7f0acf4357964d8ba26c9b7ac9cf46e3'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f262d4ea0114f478a208e48f6909969'
                        key: {
                            name: 'var__m_sys_hub_action_input_35b01b3b0066422fb9218f5039fa0465'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7f3fc5d8a68e48c5bb1674432807b298'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'schedules'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7f45ba364fd64ca984f9097d88ee0d34'
                        key: {
                            sys_security_acl: '8b7324b48ce54699ba982985cd3b3299'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f4e31b3ce164d68a1b45f39ced0874e'
                        key: {
                            name: 'var__m_sys_hub_action_input_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '803214c8671d45d6a89b3a5866b33e97'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_5769de80d8a7495aac365eaf94066170'
                            id: '5769de80d8a7495aac365eaf94066170'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '80353cbcacbc408498ca410af7a1f739'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'server'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '807db7fbe1914956b72e6aa84d024f95'
                        key: {
                            document_key: '0b5f417e15c04b9f81c8cc652d083de7'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '80a3cfce30b346b1a1ef1da476f66c9b'
                        key: {
                            list_id: {
                                id: '6eb6e62718e941db96b8754c7603f8c7'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '80c582322f2c4c2da90a7ee7054b1f25'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_impact'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '80c97942d23243f8b7f2a75786c8791c'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'how'
                            value: 'admin'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '80d0bccb8bee45bc8cf820eb1203c476'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8118f1965cb541f08d8403bdb5b34f8e'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '813a2f438bcb4dcca8d7c3156836d5f0'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'markUnderReview'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '815281efc0414906bfcc3c9c394c566f'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '818931b8dabe42b586b8c870a78df28a'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_schedule'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '81986905eb5d434b8f8ea0d530fbf1e6'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '81bc8b4f781b494fb951f47d5f5f1b1a'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '81befe7cb4254911815edd8b63e66fcd'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '81d0fa3716674f70a0690d9a90a06136'
                        key: {
                            sys_ui_section: {
                                id: '03aa467172864a1ead2ffb04466e2103'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Incident and OpCon ticket'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'documentation_state'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81d6f817bad547e5980bfe7b9c76a323'
                        key: {
                            document_key: '5891cf620712434394d15fd10fa2afda'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '81e0bfaeb2ed4820b16ad711dfa68946'
                        key: {
                            list_id: {
                                id: 'b73789fa71d143dc90ca44d4a6d43afa'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'window_end'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '81fc23baf2c247f38737f2d5be1d8426'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8207651258c1487d948277416ffd6438'
                        key: {
                            list_id: {
                                id: 'b4bfd656587e4f4f93b199f40290a393'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'address'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '820ba49cce6d41c0a339cec0c9ce9e8b'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8239cb0715fd4a51a8e4d7a6c15a72f0'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '6312ca32495048ff89613cfbefea1897'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'claim'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8240bc4e3e4c4b38be7e3711e7749a01'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '827bad3098494c41b04706ae3661afac'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getDailyScheduleByNameAndDate'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '8291c989627c49899f77cfde7ff37be4'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82a97c1a25c74b49a77a8007d59c9df9'
                        key: {
                            name: 'x_opcon_action'
                            element: 'caller_scope'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8306d2c245f84c028e573ab7df7aae3e'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            id: '47fac94ab28e419e811251d7575f494b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '832525c47c33421b8e53b1332df87fdd'
                        key: {
                            document_key: '460a15559ce641c1b2fbc28c4e152db3'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8336dccc4c9a4e50b273215d7cea620b'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'key_value'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '8349912db7c6409bbc19c575993741cc'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8363bccc30294717a3c59bb399b38d40'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '83ae0d740be54a5992fbb9c2aaf1b76e'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '83e6cdc66614488bb5595b132f023c07'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_impact'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '83f4e4bfe0e54ba1a3aa3ddf8058b508'
                        key: {
                            list_id: {
                                id: '7e0d4a329b4743afad00ee4acedae33f'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_template'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '83ff256eeb6b4449b05a41afa8119257'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            id: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '8410ca230aba40f4ad8b0ab0dd2f6d3b'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8441f68073744cfb955a138d7ac5fca3'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            id: '47fac94ab28e419e811251d7575f494b'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '84aa8760e9774a1d83efd7b7e8af4cf4'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '84ac142553dd489d98b8abdacfa5312f'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'replaced_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84ba3f850c6f426cb63d03b28e8ed2c0'
                        key: {
                            document_key: '74328c596edc40a697a318ce9b6a59ba'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84ce57ce07f644109de7d4ef96640d0c'
                        key: {
                            document_key: 'ebcdc8d1c7f54f0d907486140b17aa17'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '84e16adf30ea4429aa509d1c679025cd'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '84f6f708e454402f8869a460f5608a23'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_1ba7e1e00cf24118872879f13dbf40d8'
                            id: '1ba7e1e00cf24118872879f13dbf40d8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '853b469d09584a6187b76c0e40bc25da'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '857b81815dff43d8b73f83e950996d88'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '858acf3301c444cbb437d3f1c718e95d'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '85bce158214a4df88d290932bfcbeaee'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85ddc5fac50e43e0a05ca369efa79e18'
                        key: {
                            document_key: '0f8788c89ebe456a82afcf2f73a2e29a'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '85f67e67592b45fca60de52d34979645'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8605c12903fc4f9ea97feaabc57891ef'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '863b84397dd84030af19a5709a712a34'
                        key: {
                            list_id: {
                                id: 'b73789fa71d143dc90ca44d4a6d43afa'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'failure_count'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '86681e2c98d84035a4efc12c02567818'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            id: '1259e26ff0f640bb8071137f7f9fc875'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '86768dd8c35e4b2ca2d8e2ffc1f07315'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_ok_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '86903f5830d64802a72e76838f99d800'
                        key: {
                            sys_ui_section: {
                                id: '897eca2774f745df81836ed5c261795b'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Parent resolved or canceled'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '869acba958434efbab3bf3506440e729'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getJobActionResult'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '86b1946ca49c431085019a4c9dd452b0'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            id: '03138554a6804d9abde87017b394d3e3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '86c1a425e3b54acc98c6aca5b3d7089d'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'key_kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '86f0ca51fb044fba9481ba3184898b2d'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8701db46f95a448ca00fefb33b09411a'
                        key: {
                            list_id: {
                                id: 'af0f25c5b9384973ada2bf7174098566'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8708446b7ad347e9a100edd9d4d9b876'
                        key: {
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '870d552806ae4f86b016ff0e96a8abae'
                        key: {
                            name: 'x_opcon_template'
                            element: 'urgency'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '875f094cb38f417b9810b51f904bf38d'
                        deleted: true
                        key: {
                            document_key: '92cf11ba2d984f69a81ff7492c7be15e'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '876a745375f64d12a96087cd39ff510a'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8774b61a34824c7eb5e8ff70c7a99efb'
                        key: {
                            list_id: {
                                id: 'b4bfd656587e4f4f93b199f40290a393'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'how'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '87bfdaf0830d4f90923adfc5074be122'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '87cae91a2b2343f39eb44c1572680f56'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b6b81db3756a4b779d4d51691eadb880'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '87eeb659150b4f1e8e50d7e8fc549d75'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '87f686baeb16480a9547268883e6f946'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_state'
                            value: 'attached'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8851de7ffbdf4aa19aa989d06dda1086'
                        key: {
                            document_key: '0b5f417e15c04b9f81c8cc652d083de7'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '88a8c9fa67b440038498df762317e684'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getScheduleBuildResult'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '88f4f6c9af4544bba92ca753d5c4d0af'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '8909741f537b4841a532e9de4b783477'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '89630f245fbb49728de55f0d4c29b6d5'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '89792c93bee848638cca64b4e6462514'
                        key: {
                            name: 'x_opcon_binding'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '897eca2774f745df81836ed5c261795b'
                        key: {
                            name: 'x_opcon_storm'
                            caption: 'Parent resolved or canceled'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8994168768074ce2b6f062676c88144d'
                        key: {
                            list_id: {
                                id: '96ca78ad94f84ae1b837cf0975db81ac'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '89a1cee7ecaa41c3ab7582b6a902303b'
                        key: {
                            sys_ui_section: {
                                id: '63aae40fae55417c8d5881103f49a4f2'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident text'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'category'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89d3cd1c46ce48a0bf6d09bcafb798cf'
                        key: {
                            document_key: '03192c8af83147a29e77abc425918cf9'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '89ee931332ba459d9303d04d20093424'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '89f9297d481e4c4a9ca4f108389b0252'
                        key: {
                            sys_ui_section: {
                                id: '7eccf87d2ede4655b99ef02aaf08773d'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'After hours'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8a402b8cb42943c896ac57290c57354c'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            id: '1227ff995e25416394e3fd87f833b126'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8a77bcc633eb442d84ae0ff51b3d59cf'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '8a8171e702ec46bdb4f52da85a8d5591'
                        key: {
                            name: 'x_opcon_template'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8a84695ac6a5444eaa09201bfc8ab21d'
                        key: {
                            sys_ui_section: {
                                id: '63aae40fae55417c8d5881103f49a4f2'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident text'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ac37c018f7a4b51aacfb336eeb190f4'
                        key: {
                            document_key: 'ebcdc8d1c7f54f0d907486140b17aa17'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8add6809647c40c491671709043115d8'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'sent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8ae64b4313484671bd26fb9e334a6458'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8b1dda44f8134dfbb905713d3f768038'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8b31ace6b6664d8fbf8146b9011013b3'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8b90f6760f3641c6b86ec5b921bc7554'
                        key: {
                            sys_ui_section: {
                                id: '7eccf87d2ede4655b99ef02aaf08773d'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'After hours'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '8bc6a8aab7c74cc38fff52be00c8d844'
                        key: {
                            endpoint: 'x_opcon_template_preview.do'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '8bd157ea7595472c9d09d8f4e22e456b'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'setJobDocumentation'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8bdbcf7588ed4bbea3cc41009824c8bb'
                        key: {
                            sys_ui_section: {
                                id: '897eca2774f745df81836ed5c261795b'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Parent resolved or canceled'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'settled_on'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8c4b4e3d6a0e4f53bb2f70950c51bab5'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            id: '1227ff995e25416394e3fd87f833b126'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8c7469f4b6b6431d8f8e54da58f92910'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8cb59cd0923f420794bcb816ef26c261'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'source'
                            value: 'poll'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8cb9a102e4544763a0e42c05a337fc1e'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'state'
                            value: 'confirmed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8cce8619d86546efbc09cf257b825aaa'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            id: '03138554a6804d9abde87017b394d3e3'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '8d30a419530f4852b9e54259fe8b4d49'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'buildSchedule'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8d36e1297a134277a0e2022767340aa4'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            id: '3696c4061aa7496f89e2a2aab76c92c5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d655d00f7104929a43268584ac9be7c'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'words_final'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d95a11709194d7e94da42026af11514'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'machine'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d9e30978c3a49b7ae766452c5533846'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8e5c5042393f43b58734487886695a71'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'ticket_state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8e65dea55ad74ec5aaf9f8ff68bfd9e5'
                        key: {
                            name: 'var__m_sys_hub_action_input_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8e6a0b4b0bb6481b8d6acdf08f74bafc'
                        key: {
                            name: 'x_opcon_template'
                            element: 'impact'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8e7677eac5ac47428f35414aff108052'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8e7be6366b9147a7b30e685bd2825ffc'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_fd983472eadd4c65abc581847bd63bb0'
                            id: 'fd983472eadd4c65abc581847bd63bb0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8ec7662c2d6249839b96dc0a290dbb7f'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            id: '1227ff995e25416394e3fd87f833b126'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8ecd9a26853445a7b8f4b49ac4e95e07'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            id: '1259e26ff0f640bb8071137f7f9fc875'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8ee8fafa5e3946edaf742e6446e55c4a'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f1c6e575d9442c6a79beaac631a29f9'
                        key: {
                            name: 'x_opcon_action'
                            element: 'held_from'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8f42c191638a4e478d9d8142d0994bec'
                        key: {
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'job_name'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '8f4df6a3650f456b984342e373eca0ab'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8f61ac3f7a6e48f08653f712fad1c3c8'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            id: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8f73b0f5404d4d419737aa62f1a0de5b'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'machine'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f797692263c4762bcd310dd13e9f28c'
                        key: {
                            name: 'x_opcon_server'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8f92060201b746db8000c17fe1ea1ef8'
                        key: {
                            sys_security_acl: 'a563f4a3ec624bd7872d669c5c088e2a'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '8f9d6309789245b080f014bd156b6952'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '8fa69125b22a4d31ae2644deaf0728ca'
                        key: {
                            name: 'x_opcon_template'
                            element: 'impact'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8fce9500868140dc9bfd983edab4c451'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8feb6a9ee7594123b1b343769cebd0e1'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'schedules'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '90868f628c184225ad8cd0ae246df051'
                        key: {
                            name: 'x_opcon_server'
                            element: 'address'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '90ad882d8c3e4b95aba69ba925854391'
                        key: {
                            name: 'x_opcon_binding'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '90c11552805f45a08e3df0fd2b8792de'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'note'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9115930ab89941bda1bccdc3794dfeda'
                        key: {
                            sys_ui_section: {
                                id: '5cdd4cd6fe1a414ba6175d702bc2bd13'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Which jobs'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'schedule_pattern'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '913a22a2e4c44ebab1649e8210bf818e'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            id: '10077fee3ad9400cbe91afb8d12e2ac3'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '915061a736834cde8d20f66b7469f120'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '9164f1fa787f4c0fa28e7f5cbd90a37c'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91cec6466e174f69964cc7fabb0d49d0'
                        key: {
                            document_key: 'c32d280ce4d74accb818f76170de40b0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '91df049a45e0445ea716d975628c5675'
                        key: {
                            name: 'x_opcon_action'
                            element: 'kind'
                            value: 'schedule_action'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9208103d3a6342b39d078c93c38dda10'
                        key: {
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '925b677edba3477cac78323b44280c39'
                        key: {
                            name: 'x_opcon_binding'
                            caption: 'Job link'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9266cd506a2343a093de87c0327b2096'
                        key: {
                            name: 'x_opcon_action'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '92e54f5c140247a2a3d3e7eef27f6275'
                        deleted: true
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_df6f2bdcf85b42379a0f6e8d344f8299'
                            id: 'df6f2bdcf85b42379a0f6e8d344f8299'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92f04a7e3db34d5db36aa2d25b72a06a'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '930760f6f42646e59bdbf249d4a8e330'
                        key: {
                            name: 'x_opcon_server'
                            element: 'failures_listed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '9347ac6a9280468ab34edf8979b1e3e3'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '93546a217d6841ab959787da8d94754b'
                        key: {
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '935969534d884bf28a68b6082d1d7884'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'actions_open'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '935cbd6b9fbd4d5e852656d0fe63e850'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '15419ea710b74d2a9197b1ec8f5484c7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '93ad02a2bde8422c96f158198820be9a'
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'collect_error'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '93d56ca8d4b14bca947d1964cb8f71bd'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'caller_scope'
                            position: '15'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '941b14ccf94e429db2ba9ec761477ed0'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '942283ffe3ab403ca16967c5382172a0'
                        key: {
                            name: 'x_opcon_action'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '94fbb0874c8b4e17a9e3efc9739166df'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '9574b2eacbf944399848e2293333925d'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '95ab6911fc7944f29403aba743983d09'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'how'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '95c34e86088e4d0ebb007836cec7b55b'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '95e362c1b2b84d12a91c5b5c548e5c6a'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'key_kind'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '95ee893892294d18acf39da4ff6d74fe'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '961042bfc05c478c9d9da1468085d6f5'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '962323f2af5242e7ba313fba7c5dfd99'
                        key: {
                            name: 'x_opcon_action'
                            element: 'stale_after'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '964e155c31f146608b63c1696aef5cc1'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '96708c6d7b55486d9713b432c8359ef2'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '969140987d894616bfbf642236a27d7c'
                        key: {
                            list_id: {
                                id: '0836c675c7bd4f7eb158c0a7fc16d62b'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '96afb605c0a74e3b9226c1ebb12b5f15'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '96ca78ad94f84ae1b837cf0975db81ac'
                        key: {
                            name: 'x_opcon_failure'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'x_opcon_server'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '9747c30900314aecb817dc6bb109e941'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getMachines'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '97589fa78d91443580135d971d7dfbe7'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'message'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '9777fcff91c8403c9e3baa1242482754'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '978548f3bcfc48139f6d7992b5d96460'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'actions_open'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9824512b149749d08cc6f88976614f08'
                        key: {
                            list_id: {
                                id: 'f706b53590304df4a83f2953e5096d1c'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '987f8f2e0cbc4d5a9e668a0da6cfee8a'
                        key: {
                            sys_ui_section: {
                                id: '78af0e478a1c4592af9795818bc12c06'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'How it was linked'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'bound_by'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '989ca591b4534555afa8795c49536118'
                        key: {
                            list_id: {
                                id: '0f1091fd2f784a52af275256ccaf9d22'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'schedule_name'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '98b29ae061d74c3292dd5ac3b41824f5'
                        key: {
                            list_id: {
                                id: 'b4bfd656587e4f4f93b199f40290a393'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '992b439d1fc242809037ff203ac2bc13'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'frequency'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '993f54bf3a2f4e159c97e74ceb81d2cf'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '994ea48797ef4f43a56d4d5e7fb3ec98'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            id: '03138554a6804d9abde87017b394d3e3'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '9955d551d73e425f8fa8ff730f521d7f'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '995a4ada1ddc462e8246a0111865ea3b'
                        key: {
                            document_key: '1418af0e57184af4b2cfc2316603b7ad'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9997a26cbce44b92b1b8d56d44851ea4'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'ticket_state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '99a91d84440c409b8b56b05b090dcc0c'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_1ba7e1e00cf24118872879f13dbf40d8'
                            id: '1ba7e1e00cf24118872879f13dbf40d8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '99c7597fcef9499c946db609a2e646f2'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '20839c7f1b094f878fc4525564a6271c'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '99e1d40bf6274246a1873ddbff24a4c4'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9a0b64a2ebc04fb189fc9db03a590e0d'
                        deleted: true
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_4b91a9f59afc4083aaf81bd92ce9e59f'
                            id: '4b91a9f59afc4083aaf81bd92ce9e59f'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9a0ec117522b4224a4cd922bc6f6bf01'
                        key: {
                            list_id: {
                                id: '0f1091fd2f784a52af275256ccaf9d22'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9a5e300502044d9da40fa84bf00df660'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_f27c7bf73c9544b591283cf2eca9b612'
                            id: 'f27c7bf73c9544b591283cf2eca9b612'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '9a81c93b3a994a9a8b4dd374c28f1417'
                        key: {
                            name: 'x_opcon_action'
                            caption: 'Delivery'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ab21f5c755245fb9d1a89ad311264b6'
                        key: {
                            document_key: '0b5f417e15c04b9f81c8cc652d083de7'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9ab32c8346044b4e8f69db56a971f0c3'
                        key: {
                            list_id: {
                                id: '5e89d0ba4dd1437581d86b264401daf4'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'schedule_pattern'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9ad5a7015f1740f884695082ccdc3edb'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            id: 'bb8289635ec8428495169d361614124c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9af26dae0e9f49f6bfffc1fb647a38f1'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b0df23e22bf46e49de9549a0eadda67'
                        key: {
                            document_key: '15419ea710b74d2a9197b1ec8f5484c7'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '9b2bc2e904c441c48cdcb95a61007e0f'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '9b4b84be8d7b453f933fd174576d2343'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b4ff5c6547441fdbc4ef57c596c5ab5'
                        deleted: true
                        key: {
                            document_key: '92cf11ba2d984f69a81ff7492c7be15e'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9b8e1c66aa654dfbb115c712d8f925cc'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c2dd9463b2b4ca6a898f757d8a88401'
                        key: {
                            document_key: '3d51e0c8f1eb489f9b64b12c0f650968'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9c63f89965b4483cb0d501f65d37da80'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '9ca317f83ab641ed8abef96ca2e398c5'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ca664e6b6ad4814bc94f4b7a2e28335'
                        key: {
                            document_key: '20839c7f1b094f878fc4525564a6271c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9cb6aabd80aa46049a5b1750509267d3'
                        key: {
                            name: 'x_opcon_server'
                            element: 'base_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '9cc27f81f4484121a2cbb77890b558dd'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9cd7943160a34360b9f4c3066411c444'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'key_value'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9d02cd135f964b3fab8218a62c4fabb7'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9d6222aa50be4101ba54d9a349a714ff'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9d7ba2ce0b3c4da398875ecd89c92194'
                        key: {
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'polls'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9da9b5e7f39a42b7a3fb2187630e79e1'
                        key: {
                            list_id: {
                                id: '0836c675c7bd4f7eb158c0a7fc16d62b'
                                key: {
                                    name: 'x_opcon_binding'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9dc43b1a36bc4e06ae96f8609ac67d4a'
                        key: {
                            list_id: {
                                id: '0f1091fd2f784a52af275256ccaf9d22'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9dceecdd0492488da3416e236008ba57'
                        key: {
                            sys_ui_section: {
                                id: '03aa467172864a1ead2ffb04466e2103'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Incident and OpCon ticket'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '9de26c76196b4570aa218a1b689f2ac1'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getJobOutputResult'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9e2624dc14b042e6ab9f3a7e294a2a09'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'flow_name'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9ea5502a1c7c4d6ead3a87c1ccc725ef'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_4b91a9f59afc4083aaf81bd92ce9e59f'
                            id: '4b91a9f59afc4083aaf81bd92ce9e59f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f73f523fc71472aa3f9aedceb19305c'
                        key: {
                            document_key: 'd180fb58ed9345519f7ac17d3c42905b'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9fd616898e3f41acb6d4e9516a2ebfd6'
                        key: {
                            list_id: {
                                id: '6eb6e62718e941db96b8754c7603f8c7'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9ffe5e21381b424ba8efce402a5245ac'
                        key: {
                            name: 'x_opcon_server'
                            element: 'connection_alias'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a0058c2ddd4e4503b250d493026d246b'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a013660285164a51a015af5635139067'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'claimed_until'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a02cc36d2b044e21b7bb2d0eeac5a088'
                        key: {
                            name: 'x_opcon_template'
                            element: 'caller'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'a044e8548dcd46e59280484cbf60c821'
                        key: {
                            name: 'x_opcon_server'
                            caption: 'Connection'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a051fe594dbb444393a4ed19d45f7b10'
                        key: {
                            sys_ui_section: {
                                id: '897eca2774f745df81836ed5c261795b'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Parent resolved or canceled'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a055386fe41e46d7bae4172c63a979fd'
                        key: {
                            list_id: {
                                id: 'dc1ef8874e264535962812702de146e3'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                        key: {
                            name: 'x_opcon_failure'
                            caption: 'What OpCon reported'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a06d10bbf2b74b59a20e09104736cdbe'
                        key: {
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'claim'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a0a85b18757a4ba9a8ef3477b7d5bfda'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'outcome'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'a0d779c2d73c4cdeb45260b17aedfc17'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a12de35781674a77bb8e87406c73d33e'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a17959ce8f7f417d99f92c95851c80bc'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a17e22c262d14245bd63e94e561c48cd'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a18a13865d8b451ebe67eb6e3e1038d8'
                        key: {
                            name: 'x_opcon_action'
                            element: 'source'
                            value: 'flow'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a194cacb6e2a405c828bf0d7c85e7bc9'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            id: '44a5eed93915483e82f99850a09c7b7a'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a1b25640d12541ef93ccf650b2780fdd'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'a1e4517920e341ef98eea86351b8106a'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1e5e14e232742cbb039a01b71ce2ec5'
                        key: {
                            document_key: 'c32d280ce4d74accb818f76170de40b0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a1ec6355f279464a9aba554be920348e'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'failures_listed'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a1fb74fb8f644499b58edd51767c5baf'
                        key: {
                            name: 'x_opcon_action'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a235fcbcb2144efb99309fe213674e73'
                        key: {
                            sys_security_acl: '9edb5a22a3144480b85db56068b20fd4'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a24747104f604698834aedf268850741'
                        key: {
                            name: 'x_opcon_action'
                            element: 'job_name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a25506c6b0964f13ab7001f7e682407f'
                        key: {
                            name: 'x_opcon_action'
                            element: 'stale_after'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a375891da8c24d119e08671f69fad9ba'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a38d273ba2bc473da2d99d009e3644da'
                        key: {
                            sys_ui_section: {
                                id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'push_refused_today'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                        key: {
                            name: 'x_opcon_server'
                            caption: 'OpCon server'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a3bf84201bfb4f45bc69b17c743268a1'
                        key: {
                            name: 'x_opcon_template'
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3dd7c08428340b5a3d68a3a2fcd48e8'
                        key: {
                            document_key: '953e11a675f044c8b565fb6e013447b7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a3e8eec5ada440c09552c8f5b5c150d4'
                        deleted: true
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_1ba7e1e00cf24118872879f13dbf40d8'
                            id: '1ba7e1e00cf24118872879f13dbf40d8'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'a46de53505144f06aa8308858d82cf67'
                        deleted: true
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a5057464379048e3912cf960e862e353'
                        key: {
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'held_from'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a52f194f5f234acebb83c147d2c232b2'
                        key: {
                            name: 'x_opcon_server'
                            element: 'push_refused_day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a53cbc31484f405a80d6979ff22c1877'
                        key: {
                            document_key: '2f7847e19c494dd888ab4e715abcfea0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a57b35e91236411f978855383ebe3763'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'incident'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a57bb2ea78ef4d2989caa2b68a582f8e'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a585467ef7e4442fa162164c6e69ee68'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'schedule_date'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5da397add0e4b26ba7c2af503a1668b'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a600d6058a0d42aa8f3f9cbc5eee1089'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a612d5b441034b15b829014bc5c5d526'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'a66d9619a52f4c09a14996ecd7406722'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'a67368d46c55405f882b0f43bc4bb140'
                        key: {
                            name: 'x_opcon.user'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a698b0c1650d40e2a8e9499d96580ce9'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_impact'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a6b148c67aa948b1aa61ee87b330b368'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            id: '44a5eed93915483e82f99850a09c7b7a'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a6dfc6a66eb44a5c81af51b023d12aab'
                        key: {
                            name: 'var__m_sys_hub_action_input_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'a6ee0f10d3af4f88b59eb657ce961c90'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'date'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a6f2622e4fba43a9b5b30c7a71bfc433'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_bb8289635ec8428495169d361614124c'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'a6f4e8baa8c44b1e8cbc104af99ae476'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a739682d86874ba08b90693fd2651511'
                        key: {
                            name: 'var__m_sys_hub_action_input_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'schedule_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a76377db8b9b47e7852e311cfa328bc8'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'ticket_state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a7fb208bafe54a069cc33c02796b1af5'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'release'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a87d70e365ae4ad28681fa5b81a85110'
                        key: {
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'a889e44af37c4f20852edc727de383ba'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a89138b4f913472a86614ba67898e65d'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            id: '03138554a6804d9abde87017b394d3e3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a94701bea6cd4221bee337280ec53887'
                        key: {
                            name: 'x_opcon_server'
                            element: 'pace'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a96d2bd634544130a10f30fd000d361e'
                        key: {
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'noted'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'a98006f806f04e608929af07599d9b10'
                        key: {
                            logical_table_name: 'x_opcon_action'
                            col_name_string: 'incident,state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a9a02744e80947cf8fd49e6401dcd6fb'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a9aa5c257ddd47a3b22618ae78f87c8f'
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_db91195ce5634b5494beaa406b32c80e'
                            id: 'db91195ce5634b5494beaa406b32c80e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a9bc4822ab68495eaca5b02c997f59ad'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            id: '47fac94ab28e419e811251d7575f494b'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'a9cf2f16a08f4ff59f3d8af097199ecb'
                        key: {
                            sys_ui_form: {
                                id: '40524ae97cb64c0f9368c4f7fdef0b27'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '897eca2774f745df81836ed5c261795b'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Parent resolved or canceled'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a9f5276e8ec9497983e06b1c4b2654d5'
                        key: {
                            sys_security_acl: '561944717ba24ac3b729d72255373db9'
                            sys_user_role: {
                                id: 'a67368d46c55405f882b0f43bc4bb140'
                                key: {
                                    name: 'x_opcon.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'a9fe9da9bd414cd89b9f31ac04feff2c'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'aa3eda3852cf413a889aec3ae19fbeb0'
                        key: {
                            field: 'date'
                            table: 'var__m_sys_hub_step_ext_input_f27c7bf73c9544b591283cf2eca9b612'
                            id: 'f27c7bf73c9544b591283cf2eca9b612'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aa4ce5f019ab4f1982562519c6e426b4'
                        key: {
                            name: 'x_opcon_action'
                            element: 'sent_on'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'aa4d8630757f4fed844521816ca961a4'
                        key: {
                            sys_ui_section: {
                                id: '03aa467172864a1ead2ffb04466e2103'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Incident and OpCon ticket'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aa7dd52a5f41408eb52cc89671728468'
                        key: {
                            name: 'x_opcon_action'
                            element: 'held_from'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'aaa541a45e0446c2b90809fb7f558c8b'
                        key: {
                            sys_ui_section: {
                                id: '6312ca32495048ff89613cfbefea1897'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'words_count'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aad5b787e5b84a48afd621df014e8b34'
                        key: {
                            name: 'var__m_sys_hub_action_input_bb8289635ec8428495169d361614124c'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aae48d3e61974fa393a5e336f3a4084f'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ab1bd758336d4ed2a82474808f54d99c'
                        key: {
                            name: 'x_opcon_action'
                            element: 'caller_scope'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ab20b173a8b54ab292f27e061df6996d'
                        deleted: true
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_e1ea0c959ca040a2a8b3828cfcb439ef'
                            id: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'ab2d83bd2b214be8badbf43c1c7c90f1'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ab404a7505ca4e0a9f98696d4748241b'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            id: '3696c4061aa7496f89e2a2aab76c92c5'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'ab6f2faf09c0428d97cdb3e0554018c5'
                        key: {
                            name: 'x_opcon_server'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'abc76c542c2643c9a978f7333d5b212b'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ac67706d985241b6b3770fcdef074a3d'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_error'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'ac8383d090ed4caa915e3f5aaf0447d2'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ac8990735b9e4475b91a5a61ab428b3a'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'words_count'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'ac8e4a914a3447adb0cd7ad8ff290f04'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ace2131183aa4d598645db7f3498307e'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'log_action'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ace2ec0318484a4a8c75491cb9aa2fef'
                        key: {
                            list_id: {
                                id: 'd4c7b79d9ee64a3980a61eeae82085da'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'ad26168f150645c5b50b44499d4c0316'
                        key: {
                            sys_ui_form: {
                                id: 'bb2b7e5eac13455d8368f903c054074e'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ad2e85a4f11445348755d896eb0aacff'
                        key: {
                            name: 'x_opcon_server'
                            element: 'push_refused_logged'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ad788df9838947f89dd8574f71c9cfd8'
                        key: {
                            name: 'x_opcon_template'
                            element: 'schedule_pattern'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ad7cae046e264589a5b84525f48478aa'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '5891cf620712434394d15fd10fa2afda'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ada3dff38e034c6c97d796a1d7871990'
                        key: {
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'address'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'adaf01fc8a7a459fb230780f8b923962'
                        key: {
                            list_id: {
                                id: '0f1091fd2f784a52af275256ccaf9d22'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ae0b365b04104bd8884442d5f8cd0377'
                        key: {
                            name: 'x_opcon_server'
                            element: 'pace'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'ae3ffdff69914de085ea7eaf81b40e05'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ae4d0e70e6364838bff0e3c6f7e53738'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ae667acc5b444564bba19180c159bb30'
                        key: {
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'incident_template'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'ae98ac94e459418a978e9827689f1bed'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aed1986db29c406990e633e6155e45b3'
                        key: {
                            document_key: '0b5f417e15c04b9f81c8cc652d083de7'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'aedf56bd321b4b57aba122d507fce0fe'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'af04df69ff5a4d42a3c7de50c3b26690'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'af0f25c5b9384973ada2bf7174098566'
                        key: {
                            name: 'x_opcon_failure'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'incident'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'af8cb1868f9c446886b4837d8b659bc9'
                        deleted: true
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'afce8190e6b242aa8facc1e0c2c1b18e'
                        key: {
                            sys_ui_form: {
                                id: '40524ae97cb64c0f9368c4f7fdef0b27'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '6312ca32495048ff89613cfbefea1897'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'afd0495ffa12484f80d565693b1b9d32'
                        key: {
                            sys_ui_section: {
                                id: '03aa467172864a1ead2ffb04466e2103'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Incident and OpCon ticket'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'template'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'afdf53e7f8fa49a391ddb413b4146e3c'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'affb6af74e4a4b21be4deccf0ceab6c4'
                        key: {
                            name: 'x_opcon_action'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b00442bd63d548a1a09f59f57376efeb'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'b025fa2924334981a0a7c79da43bb926'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b02c15e9b4d6457784ad270cbec18ba3'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b06eb3a1bb4d463493e22c5fa056e749'
                        key: {
                            sys_ui_section: {
                                id: '03aa467172864a1ead2ffb04466e2103'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Incident and OpCon ticket'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ticket_state'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'b089a40f08c147499e76fd68c7c8011c'
                        deleted: true
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b0a42d844e4944479897d566f69313ff'
                        key: {
                            name: 'x_opcon_template'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b0a5b3f45115440db4fd2dbfd96e4510'
                        key: {
                            list_id: {
                                id: '7e0d4a329b4743afad00ee4acedae33f'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_template'
                                }
                            }
                            element: 'address'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'b0bb0d44202e47bc9197ba4517f3257b'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'b0ee61b560b04d2190dcbc54feb38094'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b0fcb4f1963c48a4a9e0001cf627a039'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b12ded1fa8334c939e5e649740f0ba8b'
                        key: {
                            sys_ui_section: {
                                id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'push_refused_unlogged'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b1328aa373cb4d708ffed0026b7eb2da'
                        key: {
                            name: 'x_opcon_template'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'b13b716cf80b471ba37aaf2bcf7f1072'
                        key: {
                            sys_ui_form: {
                                id: '8a8171e702ec46bdb4f52da85a8d5591'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '7eccf87d2ede4655b99ef02aaf08773d'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'After hours'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b18702d6127641cdbdb301c2c1215c81'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b19a793eaa624a7b8790e64f115156e4'
                        key: {
                            list_id: {
                                id: '96ca78ad94f84ae1b837cf0975db81ac'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'schedule_name'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b1ae804358c34d93b49f73696ee4bf00'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'hold'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b1ef334d42b849f1a96721d810c7c273'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_ca18eb714f7d491897b135e7fe86e7fc'
                            id: 'ca18eb714f7d491897b135e7fe86e7fc'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b1f798b2a8ff4452b3060c8fd75305b9'
                        key: {
                            sys_security_acl: '2413cae09616424c8c53d6a676fc5b8a'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b2130310df334bb89f78522cbb1a5d47'
                        key: {
                            name: 'x_opcon_template'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b27670c170b942f3a083e50008ee3266'
                        key: {
                            sys_ui_section: {
                                id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'pace'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b2c7d9c1daf54ef8a140b0d855143d47'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            id: '44a5eed93915483e82f99850a09c7b7a'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b3131af295e34e139fd1badc0f6e90d5'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'markFinishedOk'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b320074ebc9547d991dd16f3dc680484'
                        key: {
                            field: 'date'
                            table: 'var__m_sys_hub_step_ext_input_fd983472eadd4c65abc581847bd63bb0'
                            id: 'fd983472eadd4c65abc581847bd63bb0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b3df2d90afb14ca39a5fafeb9829d9ad'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            id: '3696c4061aa7496f89e2a2aab76c92c5'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'b40b2eee74524559b121cc1f44d909f4'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b41e61523cd0400d8a73295d19db774a'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b4257d093399493ca7d6a4d1ad5b45ee'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'text'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b4700d2f78a749f3a57cfb723836ecd4'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'b49b29701ae947e6b4a1730f31e7906c'
                        key: {
                            name: 'x_opcon_failure'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'b4bfd656587e4f4f93b199f40290a393'
                        key: {
                            name: 'x_opcon_binding'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'incident'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b4ce4c83986f428696e1552fb3c3f09c'
                        key: {
                            sys_ui_section: {
                                id: '08a9d09534084cb9ab2cdfc3f345acac'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'impact'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'b51950c2d4104a888950d6ee46d332e0'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b53db36de4364ef9ad42e7e8ac8eb174'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b541ae15d2b4490badcc9bc9361f475b'
                        deleted: true
                        key: {
                            sys_security_acl: '224703d336184881942db6945e1e4dc0'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b58a286d16c84b769ce900585d7db340'
                        key: {
                            name: 'x_opcon_action'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b5999440f6b546679c6ad92c1e4b6d25'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b5ab0f23f6ff4cfa933c95c56225b797'
                        key: {
                            name: 'x_opcon_action'
                            element: 'claim'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b60cf3930a4d44bb85259a1ae8178c94'
                        key: {
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'b656bece87a6456fbcbc4ea001866135'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b66ea77cdd064f20a2378ec5804f6b2c'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b68a09084f8349c4a930c282a5a4ab5e'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b6f5e58949a0407bbaab07a1a2901e67'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'b6f78ecaa36b4ab697908a696bad7d6a'
                        key: {
                            sys_ui_form: {
                                id: '8a8171e702ec46bdb4f52da85a8d5591'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '5cdd4cd6fe1a414ba6175d702bc2bd13'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Which jobs'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b715f2c8306948c38c139ac3979ce6b6'
                        key: {
                            list_id: {
                                id: '96ca78ad94f84ae1b837cf0975db81ac'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b72790449c824b6ba9661e0753165a4e'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'b73789fa71d143dc90ca44d4a6d43afa'
                        key: {
                            name: 'x_opcon_storm'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b78c131e9729496da76fbb9b7e5a5c46'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b7c563e8769840f1888f37fce4b1924d'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b7df16e9cda643d2afd782bb5f1c9ee8'
                        key: {
                            name: 'x_opcon_server'
                            element: 'base_url'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'b800400fb36a48d78472d5a1c4897e08'
                        key: {
                            name: 'x_opcon_action'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8226aee635a4368ac8bcf3fbc56d2e6'
                        deleted: true
                        key: {
                            document_key: '8f61bbc385ac459b9cc4b848e6ed3bac'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b83babc155db40368859f0b8158c8a77'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_e1ea0c959ca040a2a8b3828cfcb439ef'
                            id: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b85bb38427a74019a2ea29d0c67c3095'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b85cacb9f9bf49dbbe2928c2f5a36bb0'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b875f51943e244999a76f7de808df715'
                        key: {
                            sys_ui_section: {
                                id: '63b7740579d14005a98bf111eb756e24'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Failed job'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'schedule_date'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b8ff612efaca44e8a6a69b0e785bd199'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_step_ext_input_5769de80d8a7495aac365eaf94066170'
                            id: '5769de80d8a7495aac365eaf94066170'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b922efaea3f34925a223b43ed08e49f8'
                        key: {
                            sys_ui_section: {
                                id: '6c2d6141044740d7b7f34e0f598c7586'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'reconcile'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b93f79f6f4c84b5cac739eb15c1b829d'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempts'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b94a236a96844b06a8946786ffb0e477'
                        key: {
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b9783293e17d49ed9b8fc90af7d631ad'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b994408b14ce48f998b574f3a8325041'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_03138554a6804d9abde87017b394d3e3'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b9bcaa6a01004bdaa849758e8bfffa6e'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'template'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ba116ebcdde44eebb620a9c97b73d698'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'job_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'ba8665dd25d742f994b6d4df2ea70c41'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bac8018985b848f48f6955affa152eb9'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bac8cef8b7d9438b87034979a431e7e6'
                        key: {
                            name: 'x_opcon_template'
                            element: 'assignment_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'baebda8b3ecc41cf86d97f41c579383d'
                        key: {
                            name: 'x_opcon_action'
                            element: 'reconcile'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bb0484014f1e4a10b335ec1a54c622a0'
                        key: {
                            name: 'var__m_sys_hub_action_input_47fac94ab28e419e811251d7575f494b'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bb250ca122e44717b5adb8409ebf51bc'
                        key: {
                            sys_security_acl: 'de64a61e8e7847c492d2a53d489cbd1f'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'bb2b7e5eac13455d8368f903c054074e'
                        key: {
                            name: 'x_opcon_action'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bbd1103f901340c390c1aed12d99dd1f'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'key_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bc1e3083f16c41b1972904e4a0514561'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'calls'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc4382556de2451fa5cb611c5a881e59'
                        key: {
                            document_key: '953e11a675f044c8b565fb6e013447b7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bcb9230afd374cd99fc16512b18e72f6'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'bcf17844d37649b48106fc4b950f9896'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bd077229d262400f8e65ad329419e7f6'
                        key: {
                            sys_security_acl: '5e633de9a9f549a18342d0dd1ecfc4f2'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bd07f5df377d456db0b71ca51bc52163'
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bd37e90783724a18a7590aecf2e1985e'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'state'
                            value: 'refused'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bd3887ba2b784a7faf9e35726e7015d4'
                        key: {
                            name: 'x_opcon_action'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bd57f2e4fbd64f2c9fbde538036affca'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            id: '44a5eed93915483e82f99850a09c7b7a'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bd67b96ead154333ac76e7743850ac31'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_e1ea0c959ca040a2a8b3828cfcb439ef'
                            id: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bd7375bb1e4d4fcf92eb941abcded65f'
                        key: {
                            sys_security_acl: 'f42ff80f4faa45019d50fd2cc5bcc6c6'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bd87657bb9764073b3062d3ab689e3c3'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bdc49ad07c5d4f23968f0251e41b6a67'
                        deleted: true
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_4b91a9f59afc4083aaf81bd92ce9e59f'
                            id: '4b91a9f59afc4083aaf81bd92ce9e59f'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'bdcfcd4104cb419796efa26ed81544ab'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bdd224b11e6346cdb92a984b9fb3f05e'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_urgency'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'be0210196301413eb8445584ef037659'
                        key: {
                            name: 'x_opcon_action'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'be1b07d867124854a8a3dab69ac0418d'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'be5ffcf46a6247879844ac3d9f98aff6'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'be68cbd95a2a4d0b812ad5c6a3a4c4c9'
                        key: {
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'note'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be88e6ae36d740bba51cd39e9dd08bdd'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bea7824c4f464884b46d3ff69829292f'
                        key: {
                            document_key: '2f7847e19c494dd888ab4e715abcfea0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bee5ba3a9fc74b148f3c0df455869ef4'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bef160295707490eacb819009ac806e0'
                        key: {
                            name: 'x_opcon_server'
                            element: 'push_refused_today'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bf1a33b1e9654cb3a4dc1016ea27592b'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'start'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bf24e654793342d3bc3f4c0e9d6d718f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'address'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bf261ad7016e40b695ea51a3ce95dd74'
                        key: {
                            name: 'var__m_sys_hub_action_input_35b01b3b0066422fb9218f5039fa0465'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'bf5227d6633d4d99943d899a8a10457e'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'bf70d1310de6439899066c70a276ca7a'
                        deleted: true
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bff679ef934443dbbed59b33baeb9968'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            id: 'bb8289635ec8428495169d361614124c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c001ee566cd046ec9fdb98d93e87dc5f'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c00cf5a43e8f4f0faee2cb270e24761a'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'daily_job_id'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c0233be1bed1407b8890d9a8febe18f1'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'outcome'
                            value: 'noted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c057c67571244d73a56829c90d2dbf58'
                        key: {
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c06051a617fc48e682ac090c207163fb'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c062156221e447cabf494d05bb59839c'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'c06372e2b0ad475094cf7606915ab884'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c088934ce23f4f209b818f76a71df763'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_urgency'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                        key: {
                            name: 'x_opcon_server'
                            caption: 'Diagnostics'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c0d349c792bd42e5b96ecfc507177c1a'
                        key: {
                            name: 'x_opcon_action'
                            element: 'job_action_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'c11db5fdd675409e876e5ea08888fc9d'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c139d3fb3c1947f9a4d0edd9a8002b10'
                        key: {
                            name: 'x_opcon_server'
                            element: 'failures_listed'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'c14015e2008e42818a289624af85e8a6'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c19c1f7bb4c546b2b31a09070bbbb34a'
                        key: {
                            name: 'var__m_sys_hub_action_input_03138554a6804d9abde87017b394d3e3'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c1c9e87f0c194aa9b9f1c215a4529b0d'
                        key: {
                            list_id: {
                                id: 'af0f25c5b9384973ada2bf7174098566'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c2212b04f15f4c5e92ee58c2050920a9'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_step_ext_input_ca18eb714f7d491897b135e7fe86e7fc'
                            id: 'ca18eb714f7d491897b135e7fe86e7fc'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c25c48c921d24bf48a8b4ad304d0792b'
                        deleted: true
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c2abe65e5f6b4393ab68ed7fa5a0908c'
                        key: {
                            name: 'var__m_sys_hub_action_input_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'frequency'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c2e810175352486c822551d3aa013e09'
                        key: {
                            logical_table_name: 'x_opcon_failure'
                            col_name_string: 'state,next_attempt'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c30b7d527fcc44c0b9866439a8677f07'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c373a74cfb6b4df88013a34e25fdb0bc'
                        key: {
                            name: 'x_opcon_action'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c3827059d8fe4030ac6172bb0eeda7fd'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c392c204a56548d3a0534817c0cdf7c2'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c3ebd5b176ac4ac9912f8aa81089486f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_file'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c406e63dc80b4128b3c9fa4d32120097'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '460a15559ce641c1b2fbc28c4e152db3'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c4565f0ab0374700a0a2c20db83705a1'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c4d4846260f54a96a431b8add36d2208'
                        key: {
                            list_id: {
                                id: 'd4c7b79d9ee64a3980a61eeae82085da'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c4d649d7b4904f728c7e8ec65ba431e2'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_action'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c506994c7e604a21b9f5c2e6273856db'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                        key: {
                            name: 'x_opcon_action'
                            caption: 'Job action'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c53dc184e5284226bb3f31757c6177d3'
                        key: {
                            document_key: '1418af0e57184af4b2cfc2316603b7ad'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c55610d927d046fbb24ba20a029a4c41'
                        key: {
                            name: 'x_opcon_server'
                            element: 'push_refused_unlogged'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c5e63965086d4f3aa833f100e0ab3528'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'claim'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c64c63c0a8484cf8abc22be641d01396'
                        key: {
                            name: 'x_opcon_action'
                            element: 'source'
                            value: 'api'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'c67546bb755d406dba1051a210d947f5'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c6ad01cc2b584e39b8dbb663bedc025b'
                        key: {
                            name: 'x_opcon_action'
                            element: 'noted'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'c6c97996c2644fee937acfc086881a2b'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c6ed4edae58e4a86afe0a5e09e50e5fd'
                        key: {
                            sys_ui_section: {
                                id: '08a9d09534084cb9ab2cdfc3f345acac'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6fc93c5de614317b8fa0035d97e3350'
                        key: {
                            document_key: '82ed64dac55c4b018c7a026861488c2f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c71b5b17f17f4f63816bf114c9545de7'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c71f4d00d24e409ca53c4b05d939cc2c'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '897eca2774f745df81836ed5c261795b'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Parent resolved or canceled'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c72412e0e0ee44bea39cde8804e81129'
                        key: {
                            name: 'x_opcon_action'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c72e6b1b8de241f79765afabf4ab6e36'
                        key: {
                            sys_ui_section: {
                                id: '925b677edba3477cac78323b44280c39'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Job link'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'incident'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'c7519c3760464161b0d237423c70a79c'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c760ff03bc914068adebfb9fed5c8da0'
                        key: {
                            name: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c7abea82b61b4685a9e45f70e641ec00'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'outcome'
                            value: 'replaced'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c7c6f332dd0948d08b5b7a802adbec1f'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'termination'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'c7f908a8925d44b8bb7d7ed03a4354fa'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'c8073d9ed0c948b6b59163cde6202f25'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c81f00e772c444578d23e91d967fb176'
                        key: {
                            list_id: {
                                id: '5e89d0ba4dd1437581d86b264401daf4'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'urgency'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'c8438c724df74ebeb816ceb50a79f00f'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c843aca50dcc456ba1fa37a74771ae2d'
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c89711acc9bf4ee093e944366032c1b3'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'next_attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c899b0bd49bc49d0bebbabad4630764e'
                        key: {
                            list_id: {
                                id: '5e89d0ba4dd1437581d86b264401daf4'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c89e686e5ea74f4f81e902b93472a576'
                        key: {
                            sys_ui_section: {
                                id: '63aae40fae55417c8d5881103f49a4f2'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident text'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_description'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c8aaef21b76b49f783419db89a324597'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c8bc3e350cf54f17b6a41ebafa112807'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'parent_incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c8ca84631c12443f994dd33accf1c4a5'
                        key: {
                            name: 'x_opcon_template'
                            element: 'urgency'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'c8efd4532c3a47d5bb527570fb461ee2'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c92adf1f2eae4c898f1f978e8359a291'
                        deleted: true
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c962d0a4bba041e697eb103985012313'
                        deleted: false
                        key: {
                            document_key: '6c1cfc4232154d5c8952b97a6639fd19'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c99aef4595fd4b79b81ccb55af5cbac0'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'opcon_id'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c9cbf9d5e1a64ba2a6dfad1dca407ffd'
                        key: {
                            name: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ca097fc776f9477bb3f3bf2972622d30'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ca125ad42c3e4c1aba629c5ce0738632'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                            value: 'recovered'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ca3a6279d7894ba6b5fdcef596fec287'
                        key: {
                            list_id: {
                                id: '0f1091fd2f784a52af275256ccaf9d22'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'schedule_date'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ca6c44e35df048d4848266dc374f57a4'
                        key: {
                            sys_security_acl: '03074d9024144e818a686f1f23c17afb'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ca7e797115b5470b8ca318984dd7ff25'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'caa3f832a1f14e2793210616523cf681'
                        key: {
                            name: 'x_opcon_server'
                            element: 'allow_http'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cab61eadbbad4c27bf9f964535fa93d4'
                        key: {
                            sys_ui_section: {
                                id: '5cdd4cd6fe1a414ba6175d702bc2bd13'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Which jobs'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'cad05507e8a8459f92d7144a88617c0a'
                        key: {
                            name: 'x_opcon_binding'
                            caption: 'Diagnostics'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cb080f167ca341a5a47dfb3a6f1819e6'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cb0b7f39a31b4ffaac1c287be641a876'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collected_on'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'cb1d81918ea2434db4d0b8ddedda7eb1'
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'cb8199e90fdf4221ace33100e09bbc1c'
                        key: {
                            logical_table_name: 'x_opcon_action'
                            col_name_string: 'server,completed_on'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'cc069f28c87340bfbebd1900ca24b04a'
                        key: {
                            role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                            contains: {
                                id: 'a67368d46c55405f882b0f43bc4bb140'
                                key: {
                                    name: 'x_opcon.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cc07636938ee47889711b71927f157bc'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cc66e9509e1d454e8691d334e528a9e0'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            id: '35b01b3b0066422fb9218f5039fa0465'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cc8783aafb744d40b3f9289a902fdbef'
                        key: {
                            name: 'var__m_sys_hub_action_input_1227ff995e25416394e3fd87f833b126'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc916fe55b2540b0864ee2812c6ef69c'
                        deleted: true
                        key: {
                            document_key: 'f42fd772e48049d496f1cf060cba4dcf'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ccc97b264a704f44a77b1b0e1e65dbc9'
                        key: {
                            name: 'x_opcon_template'
                            element: 'short_description'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ccf14ef19a3345ac9d46f3dc8fa150be'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'cd004ed992bd4063a56d33cba8ce7422'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cd385aebc8c04b899e264013f5ccbc95'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'refused'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd7008ac5b3a4b3a8d662c0ffbe309ee'
                        key: {
                            document_key: '2f7847e19c494dd888ab4e715abcfea0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cdb68fe1dae24356a3d2206c6718a9e3'
                        key: {
                            document_key: '5891cf620712434394d15fd10fa2afda'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cdd06c041b75477eaa8f624143a3378a'
                        key: {
                            sys_security_acl: '139e3796502a44ae81a6da93d2189d24'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cdd112e5db2849fab82b48910b52ac4e'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_schedule'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cdd4c9b866e745159579757437ace7e8'
                        key: {
                            list_id: {
                                id: '5e89d0ba4dd1437581d86b264401daf4'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'cdfa7f9ec26d47a8b4f61a7e35bda5ec'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ce021a4328794a1bb39b1080b2b82896'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'skip'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce267863913f480da8a1870c1d611f4c'
                        key: {
                            name: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ce8b9f61e9d04268a03c113e82a92830'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            id: 'bb8289635ec8428495169d361614124c'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'ceadcd3c7fd748ac8cfd163ec700c4e1'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'ced50cb1179f4a2191b06a11fbcfdc9d'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cefe205c328d4bfa98ca7af087b211f2'
                        key: {
                            name: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cf13fce0ea9b404ea16c3f1da9f6f297'
                        key: {
                            sys_ui_section: {
                                id: 'c5187dab5cf34b58b9084b6ecc8e3548'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Job action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'job_name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cf359efde40443a0bdfa12c8e9dac5e1'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cf6333897e674b1f92531c7ba7b5701c'
                        key: {
                            name: 'x_opcon_template'
                            element: 'urgency'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf722cd7eaec456db31e108e5f399060'
                        key: {
                            document_key: '15419ea710b74d2a9197b1ec8f5484c7'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cf894269bc42407eaa33a985a31eec01'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            id: '44a5eed93915483e82f99850a09c7b7a'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'cf933a91c2454328af55e3d18fdcdad0'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cf9cfbd94ae5407e8c7dff76ecf12fa2'
                        key: {
                            sys_security_acl: 'a1bd32eb74534dbb9f9a63d00636afab'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cfb355eb97c6465eb0fa98ff940001ed'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'replaced_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cff00b6fe71e4c2da49f64f4c23b9404'
                        deleted: true
                        key: {
                            name: 'x_opcon_server'
                            element: 'mid_server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd001abd71f93488698fb17282aeccbe2'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd017085ac74d44fcaf29976ab40aaee7'
                        key: {
                            sys_security_acl: '2a4c13c46bd047c2ab031cf5bea12337'
                            sys_user_role: {
                                id: 'a67368d46c55405f882b0f43bc4bb140'
                                key: {
                                    name: 'x_opcon.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd027c17d7f554b609434dcc1d8fbe908'
                        key: {
                            list_id: {
                                id: 'b73789fa71d143dc90ca44d4a6d43afa'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'key_kind'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd04483a05c114e9b855e85e27ee632cf'
                        key: {
                            document_key: 'b67caccf757a48418a9b9735c4930409'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd067145d50ef4b53bc2f97274f1665a1'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'key_kind'
                            value: 'machine'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd0746475c109468298c3f23caeca52bc'
                        key: {
                            sys_security_acl: '8acdbc0955f14f85958d204317f9bb3d'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'd0aedf9f82f9426cbb0401c3ea12a2da'
                        key: {
                            logical_table_name: 'x_opcon_storm'
                            col_name_string: 'server,key_kind,key_value'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd0c7811bee9e42c19b6b31d0f919caec'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd10b390a5ff5431d98a3e24ec3511d36'
                        key: {
                            sys_ui_section: {
                                id: '78af0e478a1c4592af9795818bc12c06'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'How it was linked'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'how'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd1101ec7736f4b4fa9f33ba45a76ad98'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd13dc4f7a3294a5b92712fb21075aeea'
                        key: {
                            sys_security_acl: 'fc2a3b3901a6485794bdc5cbc9e1ee34'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd14cf7e09d184890962dfbf2a7e3264c'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd1577b6bc5c94efe814a4b1f02253838'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd17f04578d2a4cc2bd021bb846110323'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_state'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd180f15ad228480a8649fe4bbc35045e'
                        deleted: true
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_d180fb58ed9345519f7ac17d3c42905b'
                            id: 'd180fb58ed9345519f7ac17d3c42905b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd1bdb3b1d65d4391b4bf602c8fcbefe0'
                        key: {
                            document_key: 'fbe636e562fb42fc9f32988f8535e883'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd1cf569296124f93898c59755b887252'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd1e85e48c178449581e66673951718f1'
                        key: {
                            name: 'var__m_sys_hub_action_input_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd1ef6499d1614c109890debfdbb67305'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd1f5ce0ad30e404d9a9928f8cd67bdd3'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd20751a8091348a5befef373fd311a4e'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd25d3a2fea034131aa0a69ad89ec7bb4'
                        deleted: true
                        key: {
                            document_key: '49d54f691ae54a1fb942d60e5d85b18b'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd2dd7eafebf74162ba7fa20b4b2713ab'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'progress_noted'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd2e000b2597940d0a96e85e0cfca71d3'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd30216aa48434d079291ce18aef4b767'
                        key: {
                            sys_ui_section: {
                                id: '78af0e478a1c4592af9795818bc12c06'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'How it was linked'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd3c9294adba5479d818c2e88afebf2b6'
                        key: {
                            name: 'var__m_sys_hub_action_input_1227ff995e25416394e3fd87f833b126'
                            element: 'schedule_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'd460f20b5de0456e9299e12accd12af7'
                        key: {
                            logical_table_name: 'x_opcon_failure'
                            col_name_string: 'reported_by,sys_created_on'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd498df27870a491aad4a84d14d8c1532'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd499fea363e6409aba52b2c0fea93250'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4a0d18a529142e7be82e3f467bad177'
                        key: {
                            document_key: 'c32d280ce4d74accb818f76170de40b0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4b3b085c4264ce9af075fadafd231b4'
                        key: {
                            document_key: '03192c8af83147a29e77abc425918cf9'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd4ba0e42c5124e1897ca962178bb5d53'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'd4c7b79d9ee64a3980a61eeae82085da'
                        key: {
                            name: 'x_opcon_action'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd50c4348c5a848dc99ed44c975f50726'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_failures'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd50f50036c5e4a03887f3613e5e1e84d'
                        key: {
                            model: 'f27c7bf73c9544b591283cf2eca9b612'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd518244dd27a4f7983ad6db19689c597'
                        key: {
                            name: 'x_opcon_template'
                            element: 'impact'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd53177bc1e8d425d84af552c66183f64'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'machine'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd53d1eef79f14fde918245c4a0a274a4'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd55c794180e949b0be79407f7863be2e'
                        key: {
                            sys_security_acl: '9f50b8401b8c4cf4a761f4ee88eec1c0'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5815a03c3ac4d46b92751db9bc65f31'
                        key: {
                            document_key: '2c3a8da438c24c2d9a0329654e5946dd'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd604f839636d4499b6a168534a16ec98'
                        key: {
                            document_key: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'd666166b63c54fce98042f76e737304f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd691ce34153a451583a0469f261389f6'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd6a3dd7a0aa14608a73180a7528f8d57'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd709f21a41ba43c3a4cea54f07e1f075'
                        key: {
                            name: 'x_opcon_template'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd736d4836d5a468b9efb6b37c435fc40'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'termination'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd737ac70dae241a3ad8e1d9cdc6d55f8'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempts'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'd7458cb7a2be4a19bf76154a3c09156c'
                        deleted: true
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd775708f61dd4698bdc702d1a64c170e'
                        deleted: true
                        key: {
                            document_key: '49d54f691ae54a1fb942d60e5d85b18b'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd781a03bd37d47fe812a8324e9c5c2ba'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd7a9b83447a64e3cb745160de870eaf0'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd7cc66203a0849fbafa34aa2e0880baa'
                        key: {
                            name: 'x_opcon_template'
                            element: 'subcategory'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd7d8cf5aa236492fa52d2479bd708b36'
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'failures_listed'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'd7f79a24f84e4c29af1cce31edc87bc3'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd856e2009af94aa2903556757c37e164'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd85c3faee756486d828e0c04e585aa07'
                        key: {
                            list_id: {
                                id: '5e89d0ba4dd1437581d86b264401daf4'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'impact'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd8923d95f13648c7abfd728340448af5'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'run_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'd8edd1e064584d1c8a161f821e7b1bb1'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'updateJobStatusById'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd90d27918b1f4460ab2d1cd0afc59d5d'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'calls'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd924cb357d4144418c63c9aa652ceaa7'
                        key: {
                            field: 'incident'
                            table: 'var__m_sys_hub_step_ext_input_4b91a9f59afc4083aaf81bd92ce9e59f'
                            id: '4b91a9f59afc4083aaf81bd92ce9e59f'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd93c8721f27a4177b4ce72b5689276cf'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd94bcecf907247f98aa0773fe511f075'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'next_attempt'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd95b7896dcee4a279897150632f1355b'
                        key: {
                            list_id: {
                                id: 'd4c7b79d9ee64a3980a61eeae82085da'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'requested_by'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd9b972a3198f4defbeb58ae400efd36f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b67caccf757a48418a9b9735c4930409'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd9c1d95b56fd4c239179fe45acd87d3d'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'da400c89987641568f60c2d116b7cebc'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da5497d3263c4913950498af1bac01d1'
                        key: {
                            document_key: '0f8788c89ebe456a82afcf2f73a2e29a'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da59a2f6f220462fa93046ea4693de2f'
                        key: {
                            document_key: '1ba7e1e00cf24118872879f13dbf40d8'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'da90354f2ebc4f2ea2881bbdfac61d8b'
                        key: {
                            model: '47fac94ab28e419e811251d7575f494b'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'daf3d1305f9747409335571e8929f324'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            id: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'db4028e8a7b84b56b7609bddb6c7d159'
                        key: {
                            name: 'var__m_sys_hub_action_output_bb8289635ec8428495169d361614124c'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'db6200d76a9641c587f53727a07a01dc'
                        key: {
                            field: 'schedule_name'
                            table: 'var__m_sys_hub_step_ext_input_f27c7bf73c9544b591283cf2eca9b612'
                            id: 'f27c7bf73c9544b591283cf2eca9b612'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'db7e0da1c50a4cfdb159b1e29a91894f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'run_ended'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dbaa95b56b104aed832b3fe391878daa'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            id: '1227ff995e25416394e3fd87f833b126'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dc0b0903d98d4eadaf44246ba3c30e9d'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'dc1ef8874e264535962812702de146e3'
                        key: {
                            name: 'x_opcon_server'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'dc6cb1f83f5346e599c5557260b212da'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_urgency'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dc92c85bf759419fbe4ef57351e47a22'
                        key: {
                            name: 'x_opcon_template'
                            element: 'category'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dcc227c780eb42f29105a6771bcfe226'
                        key: {
                            list_id: {
                                id: 'd4c7b79d9ee64a3980a61eeae82085da'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dccd94f76d274dabb5ea5def6a343c1a'
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dd154bf8fc994147b6b792ea9a75ac60'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'calling'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dd2d36743f6c4406ac7259798dff2ef0'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dd5a91d9ad344e8e95c9facd80b47749'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_0f8788c89ebe456a82afcf2f73a2e29a'
                            id: '0f8788c89ebe456a82afcf2f73a2e29a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd8eda1c3e9e48de908f0d8fb1d3c315'
                        key: {
                            document_key: '5769de80d8a7495aac365eaf94066170'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dddbade9e1d34206884b1d8094ab7261'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'ddea684ebbed4601807155933750b7e6'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'de00de7c38cb4eaa826984294c191480'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'de15b5e8d8904a319a2890f233db6a1d'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'key_kind'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'de5673d0c74a4694911255db4bececfc'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'de6b4cc42aeb4abfbc519f42aed813b7'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'de896b8ffcca4817b20ced61506f7353'
                        key: {
                            name: 'var__m_sys_hub_action_input_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'de93b94150af43b0acf6038c52785fe0'
                        key: {
                            name: 'x_opcon_action'
                            element: 'http_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ded2034e8c364275ba1d2a3321b95da1'
                        key: {
                            list_id: {
                                id: 'af0f25c5b9384973ada2bf7174098566'
                                key: {
                                    name: 'x_opcon_failure'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'df3c490cea814fe096df83e6423ce7ff'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            id: '0ddff35ff68d43af808cdda8ce4049df'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'df72b63e46a447298487fd94031ac905'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'df7470e129a9472485feadef9bd4affb'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            id: '0ddff35ff68d43af808cdda8ce4049df'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dfa2eefc38b44ad1a8079c5d741fea3b'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            id: '0ddff35ff68d43af808cdda8ce4049df'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dfd7103505224999af5deaab4e3c8104'
                        key: {
                            sys_ui_section: {
                                id: 'cad05507e8a8459f92d7144a88617c0a'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempts'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dfdc47a7740d44d5b3957485a9546572'
                        key: {
                            document_key: 'c32d280ce4d74accb818f76170de40b0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dfe27a82efc8471899ba0fe11e14ca2d'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            id: '47fac94ab28e419e811251d7575f494b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dfe95bce51fd48bdb6ed7134098993bf'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'job_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e0131c211dd24d98bf449abc543552a8'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e028f2f6433f4de1be0fd5a2c738ba05'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e02c22a5b224486f98a4b69e6723a2c7'
                        key: {
                            sys_security_acl: 'f62135d08e8c4afc9ffc0a1cdbff5af6'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'e042d46e79e147ccaa47e43402119625'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e0520f6c1dbe4003a3c8bb706c93b4dc'
                        key: {
                            sys_ui_section: {
                                id: 'a044e8548dcd46e59280484cbf60c821'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'allow_http'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e05de937d4ad46068828df6dfd8389b1'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            id: '1259e26ff0f640bb8071137f7f9fc875'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e0bfeaf483554a2e8f98ea5efd46a2e7'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            id: '35b01b3b0066422fb9218f5039fa0465'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e126cc6bd8034d9795e003e76262aa42'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e136657fd6654dd1a7834ee486dee444'
                        key: {
                            model: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'e151c0d7fc0e46dcb6fe0b8c9d144fd9'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e1592154b3cd4ce184df76c39022b4a2'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'e1bac95eea5544e1a02e979996ee585f'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e1d7b0ceb4444ecb826627d02826568d'
                        key: {
                            sys_security_acl: 'a90c52a8973a44518b73e6dc2ef2ed10'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'e228312e43444b6585113b51dea392b3'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e25d61aa73a146b4bf1b35638899fb8e'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            id: '1227ff995e25416394e3fd87f833b126'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e27fb87dc5a24212962bd450b0f5b2c2'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e2df3dcbcd0e4530ac46806830a1e5de'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'forceRestart'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e2f249a8aefb4c41bae0a2f0eabf59a4'
                        key: {
                            sys_ui_section: {
                                id: '08a9d09534084cb9ab2cdfc3f345acac'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e3008591115a44cdb1afd3f469155b4f'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e36d0463c7da46bb87909d4dda1dc251'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'check_note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e3bb55cce58349209901382c1a7b5028'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e3bd7dc499dc43298d857be3f1f27f1b'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'kind'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e3ce1a0e0f1c410a98a9d97cc16fdc87'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'e3dfcaaa094f4fd786dfbb1b407a9b15'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3f827edd64241a5bd6830d93d587a97'
                        key: {
                            name: 'x_opcon_action'
                            element: 'polls'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4090b766545436884145d50861b4984'
                        key: {
                            document_key: 'df6f2bdcf85b42379a0f6e8d344f8299'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e40c9277321a42399d0be65c47519392'
                        key: {
                            sys_security_acl: '54699f23ba714295b5b48b7e8931d708'
                            sys_user_role: {
                                id: 'a67368d46c55405f882b0f43bc4bb140'
                                key: {
                                    name: 'x_opcon.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e41ac8d556284843bd4b6dafc79a92da'
                        key: {
                            sys_ui_section: {
                                id: '897eca2774f745df81836ed5c261795b'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Parent resolved or canceled'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'settled_by'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e4277c65c3e048fe9593e9850bc625be'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'job_uid'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e42af03a6dca4a0bbcb198a3271f3b9d'
                        key: {
                            name: 'var__m_sys_hub_action_input_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e48adc80e2b841dcb7b684b826d07cb1'
                        key: {
                            document_key: 'ebcdc8d1c7f54f0d907486140b17aa17'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e499a123fda64ccfb94fc4bb9dbb9f58'
                        key: {
                            model: '0f8788c89ebe456a82afcf2f73a2e29a'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e4e34a3c5134499591f42a2135f177ed'
                        key: {
                            model: 'ca18eb714f7d491897b135e7fe86e7fc'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e4ed4f03f6e246449e6c1fe3619928cc'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'window_start'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e51e1cccc1c34de4bef39c9eec3d904a'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_35b01b3b0066422fb9218f5039fa0465'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e54563cd1ba9480782aa5bade64ff46d'
                        key: {
                            name: 'var__m_sys_hub_action_input_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e5551129e0aa431fad1f47cb37ba25cc'
                        key: {
                            list_id: {
                                id: '6eb6e62718e941db96b8754c7603f8c7'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'incident'
                                }
                            }
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e5a446da3b2441aa96f644548f610882'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
                            value: 'kill'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5a7bfe1adbc4ff0a09ef3f432874155'
                        key: {
                            document_key: '1418af0e57184af4b2cfc2316603b7ad'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'e5ba813c98e4460ca5660a32319e421a'
                        deleted: true
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e5c059458d534dcbb3ea017e3c44ea95'
                        key: {
                            name: 'x_opcon_action'
                            element: 'completed_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'e5de31a6d11449c7bc4c060dd0d908f5'
                        key: {
                            name: 'x_opcon.integration'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e5e0bcfd9ff6418cb425a748413370d9'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_10077fee3ad9400cbe91afb8d12e2ac3'
                            id: '10077fee3ad9400cbe91afb8d12e2ac3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e5e6904f8cce4e06817da630961dbf40'
                        key: {
                            name: 'x_opcon_action'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e5f2459a2af0484cafdd543a1cb4d44e'
                        key: {
                            sys_security_acl: '14c54fc8a9774f479a6778bb04a40e9e'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e5f2b02c1a354223ae49a7a71eed2678'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_df6f2bdcf85b42379a0f6e8d344f8299'
                            id: 'df6f2bdcf85b42379a0f6e8d344f8299'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'e5fdaad2c575451984f9a48ae032ce4b'
                        key: {
                            logical_table_name: 'x_opcon_action'
                            col_name_string: 'state,next_attempt'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'e60184fe5ae1406db86a5e126ecb3b80'
                        key: {
                            model: '0ddff35ff68d43af808cdda8ce4049df'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e63bba7abd154b59a66e534fd2f5d39b'
                        key: {
                            list_id: {
                                id: '5e89d0ba4dd1437581d86b264401daf4'
                                key: {
                                    name: 'x_opcon_template'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e64b0124f3344f13996a3c563ecc740a'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            id: '3696c4061aa7496f89e2a2aab76c92c5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e677facb9049422080f2e79d8ee5e31b'
                        key: {
                            list_id: {
                                id: 'b73789fa71d143dc90ca44d4a6d43afa'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'parent_incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e679625431e34dbba3d1e37cabe908ad'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'reported_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e6953ca183eb4944bb99a5c07df7dc76'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'e69bec532679473ca1ef32790ddd508c'
                        key: {
                            model: 'fd983472eadd4c65abc581847bd63bb0'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e6d2db765b584ff98a421f080c8646f6'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e768d7a9fff34f1b8efd00dfd2b47021'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            id: '0ddff35ff68d43af808cdda8ce4049df'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e7d9640c36b4400a8572991891101b2b'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e7fd40f4522f47daaeb02fd2cb2283fa'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'e80226b38f504aa6b4d9b3e63c6b873c'
                        key: {
                            sys_ui_action: '58a915b31c904be2a0f653898d5d8514'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e82e062b95be46f2ac0f3769f3b34bf3'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e83aa5d0f88c40dfa8fbd370ae4230ea'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e8636cead43347bea2145690368a1e89'
                        key: {
                            name: 'x_opcon_action'
                            element: 'kind'
                            value: 'schedule_build'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e87fee082f6c4aada4d1aa033965b144'
                        key: {
                            name: 'var__m_sys_hub_action_output_3696c4061aa7496f89e2a2aab76c92c5'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e8922d9ac3ea4f0b8d4c651cc7be5a29'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            id: '1227ff995e25416394e3fd87f833b126'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e8952b507e9649e5a39879c0409ad426'
                        key: {
                            name: 'var__m_sys_hub_action_output_44a5eed93915483e82f99850a09c7b7a'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e8b809a9eb6a4757b200c235b74dbab9'
                        key: {
                            name: 'x_opcon_template'
                            element: 'job_pattern'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e90395438e7845d9811f331efbf3858e'
                        key: {
                            name: 'x_opcon_server'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e911cf0c9c034636ba9a4362ff49df49'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'failures_resume'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e93d7363f4ff40ce9d5c4806592e9a5b'
                        key: {
                            sys_ui_section: {
                                id: '63aae40fae55417c8d5881103f49a4f2'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'Incident text'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e96a2cd8b4864741a582c0093f138a14'
                        key: {
                            sys_ui_section: {
                                id: 'cad05507e8a8459f92d7144a88617c0a'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e9d3c4282f374fe5bc53bce03e8e2dd6'
                        key: {
                            sys_ui_section: {
                                id: '7eccf87d2ede4655b99ef02aaf08773d'
                                key: {
                                    name: 'x_opcon_template'
                                    caption: 'After hours'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'e9e43491d72149e6bdae329ac6956180'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e9f18b0fb0a044fd9bbb04077635b672'
                        key: {
                            name: 'var__m_sys_hub_action_input_1259e26ff0f640bb8071137f7f9fc875'
                            element: 'job_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e9f43cb62a694db8b7d84752afcb7dd0'
                        key: {
                            model: 'db91195ce5634b5494beaa406b32c80e'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ea31ca684eea4adcb336d4d7027dd6b9'
                        key: {
                            sys_ui_section: {
                                id: '64fb1c1ec55844cca336a2fc40963ebc'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Last collector run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'collect_ok_on'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'ea4418db738844cf971fd5646186adcf'
                        key: {
                            sys_ui_action: '6f5c3e9ce97e4d9287e13c9ac726a567'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ea640629eaff4bab8e195f014fb10181'
                        key: {
                            name: 'var__m_sys_hub_action_output_1227ff995e25416394e3fd87f833b126'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ea87e40663304c17b15d3921abd6afb4'
                        key: {
                            sys_ui_section: {
                                id: 'a3b0e1049f3c41d8947fc5e0a3a2d82c'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'OpCon server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'collect_failures'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'ea91dbd45a0349369f7d368ef7e490d5'
                        key: {
                            model: '5769de80d8a7495aac365eaf94066170'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ea9e038c181a4aba8d7ca4b9af1ceb87'
                        key: {
                            name: 'x_opcon_template'
                            element: 'urgency'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eac1c3f8299844a1a3184b4440720191'
                        key: {
                            name: 'var__m_sys_hub_action_input_0ddff35ff68d43af808cdda8ce4049df'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eacc16099540494c8822bbf4ccdceb13'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'settled_by'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'eae93f12aaf243ddbb5b8997c054df63'
                        deleted: true
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'eb1f0608484b42b8955b6fa78007ecac'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'run_ended'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eb28f34208284cf5825b08a3ae95006b'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eba94ae0dacf4f949a682d5b8c0013a2'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            id: '03138554a6804d9abde87017b394d3e3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eba9e4e110be4c57bf45a597dfe91a30'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            id: '35b01b3b0066422fb9218f5039fa0465'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'ebf649dc723847838c1d9cdd643aa119'
                        deleted: true
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec81b2da5cf0441c8d95cc61ee928907'
                        key: {
                            document_key: 'ca18eb714f7d491897b135e7fe86e7fc'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ec8f7f0db78c4473bbb5d2bca1099461'
                        key: {
                            list_id: {
                                id: 'b73789fa71d143dc90ca44d4a6d43afa'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'settled_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec91fdfc6b6a48cebc12b9eda526a8dd'
                        key: {
                            document_key: '2f7847e19c494dd888ab4e715abcfea0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec99b62208f94e4d8c0ffa9999e1e3df'
                        key: {
                            name: 'x_opcon_template'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ecee4ef98420462a9581801b55f17c63'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'ed58ee7ee4f84fb3800e95fd4a41f4b9'
                        key: {
                            endpoint: 'x_opcon_overview.do'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed8ab5614bd9428b82f3fd327af14066'
                        key: {
                            document_key: '9a355ecae6564f9c96a43438c2d970af'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ed985a3cfaf44cb38517299e2b7afa15'
                        key: {
                            name: 'x_opcon_action'
                            element: 'polls'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eda98c0458ce462c8c5f16b7dacc2276'
                        deleted: true
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_d180fb58ed9345519f7ac17d3c42905b'
                            id: 'd180fb58ed9345519f7ac17d3c42905b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'edf211ec93dc42b3861818307bd59951'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '6312ca32495048ff89613cfbefea1897'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'claim'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ee1fff8615a449b9b74cefbaa0be45d4'
                        key: {
                            list_id: {
                                id: 'f706b53590304df4a83f2953e5096d1c'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'ee7bcb12a1fb4490b9b7efb64f4def53'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ee86dab37bc045a580706eaef2f2a0c6'
                        key: {
                            list_id: {
                                id: 'f706b53590304df4a83f2953e5096d1c'
                                key: {
                                    name: 'x_opcon_action'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_server'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ee98d234637244f1b8714a3cca382fff'
                        key: {
                            name: 'x_opcon_action'
                            element: 'job_before'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eebe3a95e12c4774bad58a323771ffef'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_47fac94ab28e419e811251d7575f494b'
                            id: '47fac94ab28e419e811251d7575f494b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'eee319b209364ff69f41367ce8038dd2'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef230d68a6b44807aa43f6cd500bf4d1'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'ebcdc8d1c7f54f0d907486140b17aa17'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef28cae6e3be455e802a2c7e92dec4bc'
                        key: {
                            field: 'incident'
                            table: 'var__m_sys_hub_step_ext_input_e1ea0c959ca040a2a8b3828cfcb439ef'
                            id: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ef51becceb984249854ca6339a2ec049'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'source'
                            value: 'push'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef601fe7436346768c110dae56b988fd'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            id: '35b01b3b0066422fb9218f5039fa0465'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ef696c63444c40d7890fb5f958981d82'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ef96a9db2c004d4681be5ed7f22056fd'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'previous_incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'efae00eeb2e54ca0a46f573ac345e787'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'efde090f3f7a40e587e97aa8e85741ef'
                        key: {
                            document_key: 'b67caccf757a48418a9b9735c4930409'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f0348335b9534151b7b4657116eb28ca'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_ca18eb714f7d491897b135e7fe86e7fc'
                            id: 'ca18eb714f7d491897b135e7fe86e7fc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f04eedda2cd6476081c2a0c7610ab121'
                        key: {
                            name: 'var__m_sys_hub_action_input_10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'f0807f7606c946989194582b9f7fabe6'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f0a9acbb269f43738865795c14463668'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f0b3a3fb871046089bfd80e21fe47518'
                        key: {
                            sys_security_acl: '15ee53bb221b453380bf91a2672ed533'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f0cd6269e27f48d29eed782dd4a9c50e'
                        key: {
                            name: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f101a6e106d045b582fbbc51d9d79dd2'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'window_start'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f11c36816236485a83d4e7118ff4f125'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f14da479de494d93856324ddfabee251'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'termination'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'f14fa17505ce46e3a8bd300aec0ec21c'
                        key: {
                            name: 'x_opcon_action'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f171ebbaa6934d62bdb930ce7a585c08'
                        key: {
                            sys_ui_section: {
                                id: '78af0e478a1c4592af9795818bc12c06'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'How it was linked'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f1bc08a7730645bbbb57e17dec737e4d'
                        key: {
                            name: 'x_opcon_template'
                            element: 'subcategory'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f1c78cb9295448c1b23820966bf94756'
                        key: {
                            name: 'x_opcon_template'
                            element: 'job_pattern'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f1ce7a8af08f46999f9cba4ca4fe5caa'
                        key: {
                            name: 'x_opcon_action'
                            element: 'job_action_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'f1ed6c9b3f844271bfd7ec8f6f5a2bca'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f20568c7bb1447ae9783c66d3d78ccca'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'how'
                            value: 'integration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f20c77f2bbc449928037dfb8eb48e2e7'
                        key: {
                            sys_ui_section: {
                                id: 'c09dc3cdd31143bbaae3dbf539575eb2'
                                key: {
                                    name: 'x_opcon_server'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'failures_resume'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'f24a309cf1894a10936c04a98734a0a2'
                        key: {
                            model: '4b91a9f59afc4083aaf81bd92ce9e59f'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f264f8120e7645e98d5f92d8a77a0d3d'
                        key: {
                            document_key: '72cac88df26f43dd876b6d135477c2bc'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f2b400581b694246bb6abad5804be149'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '953e11a675f044c8b565fb6e013447b7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2bc4db1090b457caa7484e192b69630'
                        deleted: true
                        key: {
                            document_key: 'c4d1bf002ac64ef1a68ad8fcb5ec56fd'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2d61c6997dc4fe181faae3925bfd692'
                        key: {
                            document_key: '79be463bb49742cdb884f3ba8dd3b0d2'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'f2e0431f3f304f468939b7e95ab3a0f3'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f3026291db3e4f82b489eeb9e389d0ff'
                        key: {
                            sys_ui_section: {
                                id: 'cad05507e8a8459f92d7144a88617c0a'
                                key: {
                                    name: 'x_opcon_binding'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f34c4b15261d498d928e2a5c8a1372ed'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f34c8215cfeb482c892c013b46d96a8d'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_urgency'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f358b806a7134c849725bd4348d7da0f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'f3813ac7c8324840b96177baf10cb2f6'
                        key: {
                            model: 'e1ea0c959ca040a2a8b3828cfcb439ef'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'f3864d454be44d1481b6669f154bfd1d'
                        key: {
                            model: '10077fee3ad9400cbe91afb8d12e2ac3'
                            element: 'date'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'f3aa0da7fe254abfbbab96859d631c20'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'how'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3b626553645446490bc3233f89d2c19'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f3e0d40223d149af8ac55ab6ac3aeae6'
                        key: {
                            name: 'x_opcon_template'
                            element: 'category'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f402f92901184a12a27361de2097c276'
                        key: {
                            name: 'var__m_sys_hub_action_input_bb8289635ec8428495169d361614124c'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f40a1c212fd64b32a4a0a3c164518ca1'
                        key: {
                            name: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f41287365edd4dcc9525bba95d11df84'
                        key: {
                            sys_ui_section: {
                                id: '41a5c490c3064ce4a4259c679ad8277f'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Outage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f430ea195b964fa083fae70fe5c44573'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            id: '1259e26ff0f640bb8071137f7f9fc875'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f462dd8bb761490eafdf3a81981a105d'
                        key: {
                            name: 'var__m_sys_hub_action_output_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f474b537705b401eb43b252d0ea196f2'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                            value: 'waiting'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f47823496dab4b198e0ceb3f1af8f143'
                        key: {
                            model: 'a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f4e675ca65624609995ce055b66f01fe'
                        key: {
                            list_id: {
                                id: '7e0d4a329b4743afad00ee4acedae33f'
                                key: {
                                    name: 'x_opcon_server'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_opcon_template'
                                }
                            }
                            element: 'collect_failures'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'f50cf614b0254cf3816fa12ef8b13786'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5288c37cd0443f093c922c1bcd2d5c6'
                        deleted: true
                        key: {
                            document_key: '92cf11ba2d984f69a81ff7492c7be15e'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f567406b7beb45af991297bc15edb947'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'f596052918fe4e7aa97969b11e853114'
                        deleted: true
                        key: {
                            model: '3696c4061aa7496f89e2a2aab76c92c5'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f5f7e41d222143f39033ed126f86d551'
                        key: {
                            name: 'x_opcon_server'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f60c1435c57f40259799996baf161b05'
                        key: {
                            name: 'x_opcon_template'
                            element: 'attach_job_log'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f62ff28c6c3f46428ab19000905f96e4'
                        key: {
                            document_key: 'ebcdc8d1c7f54f0d907486140b17aa17'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f68562a80acb44769dc3916701d81165'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6adcb7d8cbb43a1b94998471de0f44d'
                        key: {
                            document_key: '72cac88df26f43dd876b6d135477c2bc'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f6b7a4084eee4f05a29a117b3b3c42f5'
                        key: {
                            name: 'x_opcon_template'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'f6c11b37f0dd409dbb9a8187b853098c'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f6db32f33b374c109c2755eadd684833'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                            value: 'confirming'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f6f1dbf1ddf041b18ed9c6eeffc550a4'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_03138554a6804d9abde87017b394d3e3'
                            id: '03138554a6804d9abde87017b394d3e3'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'f706b53590304df4a83f2953e5096d1c'
                        key: {
                            name: 'x_opcon_action'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'x_opcon_server'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f728ed21b6dd4015bb0dfe2822567896'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_0ddff35ff68d43af808cdda8ce4049df'
                            id: '0ddff35ff68d43af808cdda8ce4049df'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f752c6f03d834e78b3b2c8d08106d28d'
                        key: {
                            sys_ui_section: {
                                id: '03aa467172864a1ead2ffb04466e2103'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Incident and OpCon ticket'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'log_state'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f758d40d122f4bb39f64fa12c2d8fbc9'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f7753e76893e451e8a0a331aef72f31b'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            id: '1259e26ff0f640bb8071137f7f9fc875'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f789d05d1c8848da8a989116ee378fef'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'next_check'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f79cf08d2ad94c05bf23272bae94c4bd'
                        key: {
                            sys_security_acl: 'fd2bb2da749340ae8e631ef03a23eac1'
                            sys_user_role: {
                                id: '7c8da1fb5e9c429c98e0e77c30592599'
                                key: {
                                    name: 'x_opcon.failure_reporter'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f7c03d25de1f4d4fb9d44726a1fe25e0'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'how'
                            value: 'app'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f7c56013c28340eeab9083c652c9db72'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f7df2ba14c2a4cfd9784dff436f45639'
                        key: {
                            name: 'var__m_sys_hub_action_input_03138554a6804d9abde87017b394d3e3'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f8363743f3624f1d8b04da3cc616c012'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'address'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f838af407a5a4e0892e553d16477b247'
                        key: {
                            name: 'x_opcon_action'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f83d45fafefa45f4a1fbe602ef0f9c0e'
                        key: {
                            sys_ui_section: {
                                id: '9a81c93b3a994a9a8b4dd374c28f1417'
                                key: {
                                    name: 'x_opcon_action'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f84fcf8834894f3ba019b7e645286262'
                        key: {
                            list_id: {
                                id: 'b73789fa71d143dc90ca44d4a6d43afa'
                                key: {
                                    name: 'x_opcon_storm'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'key_value'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f89121a4b1be44ffbc88bfe475a85dec'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_1259e26ff0f640bb8071137f7f9fc875'
                            id: '1259e26ff0f640bb8071137f7f9fc875'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'f8f37556c24f470da6d26592d5d7e168'
                        key: {
                            model: 'bb8289635ec8428495169d361614124c'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f92cbdb1aec3479eb15bb96d4cf4babd'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'documentation_state'
                            value: 'written'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f93a96409d6b4528aafe12390c550174'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_bb8289635ec8428495169d361614124c'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f951039b75074f9194ef91260a1cf7ba'
                        key: {
                            field: 'incident'
                            table: 'var__m_sys_hub_step_ext_input_0f8788c89ebe456a82afcf2f73a2e29a'
                            id: '0f8788c89ebe456a82afcf2f73a2e29a'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f9ce99cd562540bca48d60927fcd325a'
                        key: {
                            name: 'var__m_sys_hub_action_input_03138554a6804d9abde87017b394d3e3'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f9d291253d6344239a605a55bc8d3295'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f9fe645491954efa883a26dcbe20f329'
                        key: {
                            model: '1259e26ff0f640bb8071137f7f9fc875'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'fa4b33ef06e24f2aa58789b18bb8dad7'
                        key: {
                            model: '44a5eed93915483e82f99850a09c7b7a'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fa55c6f2d7314fccbd12a0a2f8942cb1'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                            value: 'not_failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'fa6b22343e11491fa06d51e3e8e84bbf'
                        key: {
                            name: 'x_opcon_failure'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'fac21f66dd9743b581645a997cd346e9'
                        key: {
                            name: 'x_opcon_failure'
                            caption: 'Diagnostics'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'faccae32b8ee4d6d8ca3d82822d8e57f'
                        key: {
                            name: 'x_opcon_action'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fae73b33eecc4fc3a153039addbe89ed'
                        key: {
                            name: 'x_opcon_storm'
                            element: 'failure_count'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fafc1d9854184c8080c2862847d4e0f9'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_35b01b3b0066422fb9218f5039fa0465'
                            id: '35b01b3b0066422fb9218f5039fa0465'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fafc5ab89c4c4d2d8380a5928e14029d'
                        key: {
                            name: 'var__m_sys_hub_action_input_1227ff995e25416394e3fd87f833b126'
                            element: 'date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb063494d88347179b90e0d64ab618d4'
                        key: {
                            name: 'x_opcon_server'
                            element: 'incident_template'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fbc2a15fd63147cebb22064594f4c1d1'
                        key: {
                            document_key: '2f7847e19c494dd888ab4e715abcfea0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fbe0cf170512456282431ef23126fa6b'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '897eca2774f745df81836ed5c261795b'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Parent resolved or canceled'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'claim'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fbeec254aef2447b8c270f6d81cd3202'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_d180fb58ed9345519f7ac17d3c42905b'
                            id: 'd180fb58ed9345519f7ac17d3c42905b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'fc52e32d112044e5917d80344a28ba0b'
                        key: {
                            model: '35b01b3b0066422fb9218f5039fa0465'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fcafd3e20c764b7197a5b5412f75372b'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fce5c1dfd069428ea3b577969e34db6a'
                        key: {
                            sys_ui_section: {
                                id: '897eca2774f745df81836ed5c261795b'
                                key: {
                                    name: 'x_opcon_storm'
                                    caption: 'Parent resolved or canceled'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'progress_noted'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'fcf806843d9c4281971d7a5e523a88a2'
                        key: {
                            model: '1ba7e1e00cf24118872879f13dbf40d8'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd1c98a4275e4bbd96ee9ee407a9f976'
                        key: {
                            document_key: 'd0994736ad4e479bb0c399df90b2fe12'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fd32c3c627ec4119bdc8c329f1539fbb'
                        key: {
                            name: 'x_opcon_server'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fd48cd1f4aec45c78198c190c3c09d7c'
                        key: {
                            sys_ui_section: {
                                id: 'fac21f66dd9743b581645a997cd346e9'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'Diagnostics'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'fdfbd45ec23046c1a4c296a098b4aa98'
                        key: {
                            sys_ui_action: 'f1da73b839b648b58f539cef35693e96'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'fe70aa39e3144748aa8214f8f803ce57'
                        key: {
                            model: '03138554a6804d9abde87017b394d3e3'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'fe7506dffd04462fb9b1e30ccfeee6ed'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fee6ec7933c34488b55fa5e48015fe02'
                        key: {
                            sys_security_acl: 'dbedec07497b4ee09e770c3a07da672a'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'feef4cb5e94845c0b7d30141ab68b512'
                        key: {
                            model: 'd180fb58ed9345519f7ac17d3c42905b'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff09c8ea25284f70a77d019931371b40'
                        deleted: true
                        key: {
                            document_key: '8f61bbc385ac459b9cc4b848e6ed3bac'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'ff6029eeb93a4cd2a2a90105d15d75bf'
                        key: {
                            sys_ui_action: '0f58e6408eb84fe3be1442b3bf42637b'
                            sys_user_role: {
                                id: '6aa8f6969feb425fb9a9346eac5de59f'
                                key: {
                                    name: 'x_opcon.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ff832128ce5143938a76eab8f0deb547'
                        key: {
                            name: 'x_opcon_action'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ff987b6a33314d679b3182522eab0986'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_d180fb58ed9345519f7ac17d3c42905b'
                            id: 'd180fb58ed9345519f7ac17d3c42905b'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ff9c554725304ab8aef874da2a8cdfac'
                        key: {
                            name: 'x_opcon_binding'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'ffb83147d2c140bcb0944d5ce0f9f645'
                        key: {
                            model: '1227ff995e25416394e3fd87f833b126'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ffe12caedf0f4fb4a77843ef4473793f'
                        key: {
                            name: 'var__m_sys_hub_action_input_a5c7a464e4d9487ea09c1dc2cf6b9adb'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fff0d3fd725b4a4ea7fd6a2e4e607509'
                        key: {
                            sys_ui_section: {
                                id: 'a06b583f3edd4ad4a6a4f3ebdbf56009'
                                key: {
                                    name: 'x_opcon_failure'
                                    caption: 'What OpCon reported'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                ]
            }
        }
    }
}
