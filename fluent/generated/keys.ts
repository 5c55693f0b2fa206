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
                    }
                    acl_server_read: {
                        table: 'sys_security_acl'
                        id: 'fc2a3b3901a6485794bdc5cbc9e1ee34'
                    }
                    acl_server_token_read: {
                        table: 'sys_security_acl'
                        id: '0bffa992b31e4699ab26cd70ee44810d'
                    }
                    acl_server_token_write: {
                        table: 'sys_security_acl'
                        id: 'ed1ee39bc8af48a4a48a719cbc0aee81'
                    }
                    acl_server_write: {
                        table: 'sys_security_acl'
                        id: '8b7324b48ce54699ba982985cd3b3299'
                    }
                    acl_template_create: {
                        table: 'sys_security_acl'
                        id: '92c53772aaa74b519e0ddb17708b2f56'
                    }
                    acl_template_delete: {
                        table: 'sys_security_acl'
                        id: '03074d9024144e818a686f1f23c17afb'
                    }
                    acl_template_read: {
                        table: 'sys_security_acl'
                        id: '9edb5a22a3144480b85db56068b20fd4'
                    }
                    acl_template_write: {
                        table: 'sys_security_acl'
                        id: '4a763bf52660464b878c308e38444db1'
                    }
                    atf_ajax: {
                        table: 'sys_atf_test'
                        id: 'be749fc8414a45a29a1b6e49aeca4abd'
                    }
                    atf_ajax_script: {
                        table: 'sys_atf_step'
                        id: '79be463bb49742cdb884f3ba8dd3b0d2'
                    }
                    atf_ajax_user: {
                        table: 'sys_atf_step'
                        id: '7bb884a5791a49539aacf204e4e65986'
                    }
                    atf_link: {
                        table: 'sys_atf_test'
                        id: '4a06a09d3ee543bc8aa7dc325a640a62'
                    }
                    atf_link_edit: {
                        table: 'sys_atf_step'
                        id: '20839c7f1b094f878fc4525564a6271c'
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
                    atf_token_script: {
                        table: 'sys_atf_step'
                        id: '9a355ecae6564f9c96a43438c2d970af'
                    }
                    auto_flush_actions: {
                        table: 'sys_auto_flush'
                        id: 'fb1da8c215b749a399e48d01177afcbc'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '1c7f9aa74558492fa1ac8ee69a5db4d4'
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
                    category_work_notes: {
                        table: 'sys_properties_category_m2m'
                        id: '5608b15bab1b4209a326366897b0332e'
                    }
                    csp_ajax_processor: {
                        table: 'sys_scope_privilege'
                        id: '5e6449f4ecd14d7cb54944f008e2993a'
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
                    event_action_queued: {
                        table: 'sysevent_register'
                        id: '00add1a60f7e4e67bb3beec416ae9d23'
                    }
                    event_failure_reported: {
                        table: 'sysevent_register'
                        id: '4f0f77b310e04bf999c5e51df5e02fe5'
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
                    module_properties: {
                        table: 'sys_app_module'
                        id: '0fb23e0bf4434d63ab4572dc60ba3cd7'
                    }
                    module_servers: {
                        table: 'sys_app_module'
                        id: 'f9c37421f27e487dbf521fc3a4000ee3'
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
                    property_work_notes: {
                        table: 'sys_properties'
                        id: '44933f4452314bd7bf066eb822bc5007'
                    }
                    queue_delivery: {
                        table: 'sysevent_queue'
                        id: 'b861edb847c54ab0bb62ae34e0e95f8b'
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
                    si_job_ajax: {
                        table: 'sys_script_include'
                        id: '94c211fad6084e7c9abcfe819afad7b0'
                    }
                    si_opcon_api: {
                        table: 'sys_script_include'
                        id: 'b0117b8b560144e09625abfcf1ccc7d6'
                    }
                    'src_server_action-queue_ts': {
                        table: 'sys_module'
                        id: '95401d56ec05429bb761fb89132cafcd'
                        deleted: true
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
                    'src_server_admin_server-lifecycle_ts': {
                        table: 'sys_module'
                        id: '8982159a752e42e59877016b1506b1c5'
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
                    'src_server_failures_push-request_ts': {
                        table: 'sys_module'
                        id: '40e16fd75f30468daa5526537999db70'
                    }
                    'src_server_failures_ticket-plan_ts': {
                        table: 'sys_module'
                        id: '40aefa5fa88f4da999106318b5b98073'
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
                    ua_link_job: {
                        table: 'sys_ui_action'
                        id: 'fca706e3a6b844a597312f25808140b1'
                    }
                    ua_open_job_dialog: {
                        table: 'sys_ui_action'
                        id: 'e2a8e3b31efd4aaba39b4dc96b90bc59'
                    }
                    ua_sync_agents: {
                        table: 'sys_ui_action'
                        id: '0f58e6408eb84fe3be1442b3bf42637b'
                    }
                    ua_test_connection: {
                        table: 'sys_ui_action'
                        id: '2dabdefff9bf4a02a8d22f9de02d5956'
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
                        table: 'sys_variable_value'
                        id: '0069debc617e438b8d9173b04594f1f5'
                        key: {
                            document_key: '2f7847e19c494dd888ab4e715abcfea0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        id: '03c4ef835736429b8069160d1875db2e'
                        key: {
                            name: 'x_opcon_action'
                            element: 'noted'
                            language: 'en'
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
                        table: 'sys_rest_message_fn'
                        id: '040de62fe9c947d1848b3981fd745797'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getDailyJob'
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
                        table: 'sys_choice'
                        id: '04ab86dc226646ab9c6efbc77aad72f6'
                        key: {
                            name: 'cmdb_ci'
                            element: 'discovery_source'
                            value: 'OpConConnector'
                            language: 'en'
                            dependent_value: 'NULL'
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
                        table: 'sys_dictionary'
                        id: '05eecbc5fc8a4f7687782cce0532f697'
                        key: {
                            name: 'x_opcon_template'
                            element: 'impact'
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
                        table: 'sys_dictionary'
                        id: '077911cf71024bc8902fdae06652b61f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_state'
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
                        table: 'sys_dictionary'
                        id: '087c1bc1f33646e887a26157186b02c4'
                        key: {
                            name: 'x_opcon_action'
                            element: 'requested_by'
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
                        table: 'sys_documentation'
                        id: '0c47c3c99be74888a4d7d7dae861e898'
                        key: {
                            name: 'x_opcon_action'
                            element: 'job_name'
                            language: 'en'
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
                        id: '0f63f9e4587f46aa804bbb4b0e724599'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'address'
                            language: 'en'
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
                        table: 'sys_choice_set'
                        id: '1282bc41bfe842d493049a49659827cd'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_impact'
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
                        table: 'sys_element_mapping'
                        id: '13c328ff71524184a5fd3d0a7ea75418'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6c1cfc4232154d5c8952b97a6639fd19'
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
                        table: 'sys_documentation'
                        id: '18046a0ffc4044b1a005bbc4ef694d2b'
                        key: {
                            name: 'x_opcon_server'
                            element: 'NULL'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '18a6e56ceb7b49eca4070f510a393889'
                        key: {
                            name: 'x_opcon_template'
                            element: 'order'
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
                        id: '1d4bc8e026074f8c8f5772ceb3712929'
                        key: {
                            name: 'x_opcon_action'
                            element: 'opcon_id'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '1fa29981890242ed81de47a4d913cc1e'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'server'
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
                        table: 'sys_element_mapping'
                        id: '20d24d96ffd04d1c9a6c8833efa62652'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '9a355ecae6564f9c96a43438c2d970af'
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
                        table: 'ua_table_licensing_config'
                        id: '323b58034d8b4f25af15febfcb1bb047'
                        key: {
                            name: 'x_opcon_template'
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
                        table: 'sys_variable_value'
                        id: '341c325b1e094199b79cc92b4bef7712'
                        key: {
                            document_key: '1418af0e57184af4b2cfc2316603b7ad'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_variable_value'
                        id: '35e53ac617a6425d8a887854b36cc72f'
                        key: {
                            document_key: 'd0994736ad4e479bb0c399df90b2fe12'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_documentation'
                        id: '38495583ed574fea8d9868d51a4cc325'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'schedule_name'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: '39378e301ebb4067bf6ec2511b2b6bed'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_variable_value'
                        id: '39e261052342494a9cb922cd18a859d3'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '39e736b56ab74d4dacf3ed5cc51f1dfb'
                        key: {
                            name: 'x_opcon_server'
                            element: 'api_token'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: '3a764cd62839454bb09ea093e01cbcc1'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd0994736ad4e479bb0c399df90b2fe12'
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
                        table: 'sys_rest_message_fn'
                        id: '3ae7a59baeba4b5399b6f39e5fc2bae1'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getJobDocumentation'
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
                        table: 'sys_rest_message_fn'
                        id: '3c863c8a833a402eb20d00a090ebc1cf'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getApiVersion'
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
                        table: 'sys_rest_message_fn'
                        id: '3f73e7963d9445c99d2024805b9443aa'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'updateIncidentTicket'
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
                        table: 'sys_variable_value'
                        id: '4397bd035b2a4143a256dc4c2872f7ed'
                        deleted: true
                        key: {
                            document_key: '92cf11ba2d984f69a81ff7492c7be15e'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        table: 'sys_dictionary'
                        id: '43d7f9cdc18e4a1f8f195fa4f10e2b73'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'active'
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
                        table: 'sys_documentation'
                        id: '473ae6d22d6c4acfb6f743f28d262278'
                        key: {
                            name: 'x_opcon_action'
                            element: 'address'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '49719d8b045c4e82af1ce87831baa241'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'attempts'
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
                        table: 'sys_variable_value'
                        id: '513373c5839a49289f01fd6597e836ac'
                        key: {
                            document_key: '1418af0e57184af4b2cfc2316603b7ad'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        id: '53d73507209c41718b394585e4aa9d2d'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'active'
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
                        table: 'sys_dictionary'
                        id: '5746ac4413534beaa70695abb49ebbb0'
                        key: {
                            name: 'x_opcon_action'
                            element: 'incident'
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
                        key: {
                            name: 'x_opcon_server'
                            element: 'mid_server'
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
                        table: 'sys_security_acl_role'
                        id: '5b85c0e839674647b5d2d39b059ddb9e'
                        key: {
                            sys_security_acl: '0bffa992b31e4699ab26cd70ee44810d'
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
                        id: '5bb185cea0ac4c0bbcba50c1f68826c6'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'documentation_state'
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
                        table: 'sys_dictionary'
                        id: '5de5049390a744f7a31aee8efc07cb5b'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'daily_job_id'
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
                        table: 'sys_choice_set'
                        id: '5f997c4d16c04f26ac557da5d517fa9f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'outcome'
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
                        table: 'sys_dictionary'
                        id: '626baf189a4d42d18dcb7c47fdad8cf2'
                        key: {
                            name: 'x_opcon_action'
                            element: 'reason'
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
                        table: 'sys_variable_value'
                        id: '63e5e9de1ec1480da206c11e193a6b5e'
                        key: {
                            document_key: '79be463bb49742cdb884f3ba8dd3b0d2'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: '6701bfb448dd4203a96c48188d09f7ff'
                        key: {
                            document_key: 'c32d280ce4d74accb818f76170de40b0'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_dictionary'
                        id: '699ee073daae4e2e84aa93a840c08aa0'
                        key: {
                            name: 'x_opcon_server'
                            element: 'name'
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
                        table: 'sys_dictionary'
                        id: '6cb841840aa54debb93a13971675065f'
                        key: {
                            name: 'x_opcon_action'
                            element: 'completed_on'
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
                        table: 'sys_index'
                        id: '6f0b7ddcefc64889bfc2dd1082fc9f3a'
                        key: {
                            logical_table_name: 'x_opcon_failure'
                            col_name_string: 'server,run_key'
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
                        table: 'sys_dictionary'
                        id: '70f509e9ddbd4faa890f3f393fac5019'
                        key: {
                            name: 'x_opcon_action'
                            element: 'action'
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
                        table: 'sys_documentation'
                        id: '740f48a06d24402185a433bacbd7fd6d'
                        key: {
                            name: 'x_opcon_template'
                            element: 'server'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: '75274444bee3447884dceff8205442dc'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        id: '764091e719a147a7abe487f68c4b3070'
                        key: {
                            document_key: '0b5f417e15c04b9f81c8cc652d083de7'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_dictionary'
                        id: '7806177f2cc24e9d9e2ffc7182fddd54'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_impact'
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
                        table: 'sys_dictionary'
                        id: '7dd4032f75d44653b5e7f5ce1f01d7a1'
                        key: {
                            name: 'x_opcon_template'
                            element: 'after_hours_urgency'
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
                        table: 'sys_dictionary'
                        id: '7f018af9c6cf48099a49464919f99402'
                        key: {
                            name: 'x_opcon_server'
                            element: 'address'
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
                        table: 'sys_variable_value'
                        id: '807db7fbe1914956b72e6aa84d024f95'
                        key: {
                            document_key: '0b5f417e15c04b9f81c8cc652d083de7'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_variable_value'
                        id: '81d6f817bad547e5980bfe7b9c76a323'
                        key: {
                            document_key: '5891cf620712434394d15fd10fa2afda'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_documentation'
                        id: '82a97c1a25c74b49a77a8007d59c9df9'
                        key: {
                            name: 'x_opcon_action'
                            element: 'caller_scope'
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
                        table: 'sys_dictionary'
                        id: '84ac142553dd489d98b8abdacfa5312f'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'replaced_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '84c41577ba9849ebbd50ca3b22e72ea1'
                        key: {
                            name: 'x_opcon_server'
                            element: 'api_token'
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
                        table: 'sys_rest_message_fn'
                        id: '869acba958434efbab3bf3506440e729'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getJobActionResult'
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
                        id: '8b1dda44f8134dfbb905713d3f768038'
                        key: {
                            name: 'x_opcon_action'
                            element: 'state'
                            language: 'en'
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
                        table: 'sys_rest_message_fn'
                        id: '8d30a419530f4852b9e54259fe8b4d49'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'buildSchedule'
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
                        id: '8f1c6e575d9442c6a79beaac631a29f9'
                        key: {
                            name: 'x_opcon_action'
                            element: 'held_from'
                            language: 'en'
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
                        table: 'sys_choice_set'
                        id: '8fa69125b22a4d31ae2644deaf0728ca'
                        key: {
                            name: 'x_opcon_template'
                            element: 'impact'
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
                        table: 'sys_documentation'
                        id: '9266cd506a2343a093de87c0327b2096'
                        key: {
                            name: 'x_opcon_action'
                            element: 'reason'
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
                        table: 'sys_dictionary'
                        id: '95ab6911fc7944f29403aba743983d09'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'how'
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
                        table: 'sys_rest_message_fn'
                        id: '9747c30900314aecb817dc6bb109e941'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getMachines'
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
                        id: '99c7597fcef9499c946db609a2e646f2'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '20839c7f1b094f878fc4525564a6271c'
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
                        table: 'sys_variable_value'
                        id: '9b4ff5c6547441fdbc4ef57c596c5ab5'
                        deleted: true
                        key: {
                            document_key: '92cf11ba2d984f69a81ff7492c7be15e'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        table: 'sys_rest_message_fn'
                        id: '9de26c76196b4570aa218a1b689f2ac1'
                        key: {
                            rest_message: '74a8aefab26e4332b82eacb310f71a8b'
                            function_name: 'getJobOutputResult'
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
                        table: 'sys_documentation'
                        id: 'a12de35781674a77bb8e87406c73d33e'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'outcome'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'a3bf84201bfb4f45bc69b17c743268a1'
                        key: {
                            name: 'x_opcon_template'
                            element: 'assignment_group'
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
                        table: 'sys_documentation'
                        id: 'a9a02744e80947cf8fd49e6401dcd6fb'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'daily_job_id'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'aa4ce5f019ab4f1982562519c6e426b4'
                        key: {
                            name: 'x_opcon_action'
                            element: 'sent_on'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'aa5404cf51764bada256b3fa5012385f'
                        key: {
                            sys_security_acl: 'ed1ee39bc8af48a4a48a719cbc0aee81'
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
                        id: 'aa7dd52a5f41408eb52cc89671728468'
                        key: {
                            name: 'x_opcon_action'
                            element: 'held_from'
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
                        table: 'sys_documentation'
                        id: 'ae4d0e70e6364838bff0e3c6f7e53738'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'NULL'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'affb6af74e4a4b21be4deccf0ceab6c4'
                        key: {
                            name: 'x_opcon_action'
                            element: 'incident'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'b1328aa373cb4d708ffed0026b7eb2da'
                        key: {
                            name: 'x_opcon_template'
                            element: 'description'
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
                        table: 'sys_variable_value'
                        id: 'b41e61523cd0400d8a73295d19db774a'
                        key: {
                            document_key: '7bb884a5791a49539aacf204e4e65986'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_security_acl_role'
                        id: 'b541ae15d2b4490badcc9bc9361f475b'
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
                        table: 'sys_documentation'
                        id: 'b5ab0f23f6ff4cfa933c95c56225b797'
                        key: {
                            name: 'x_opcon_action'
                            element: 'claim'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'bc1e3083f16c41b1972904e4a0514561'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'calls'
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
                        table: 'sys_documentation'
                        id: 'bd3887ba2b784a7faf9e35726e7015d4'
                        key: {
                            name: 'x_opcon_action'
                            element: 'server'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'c0d349c792bd42e5b96ecfc507177c1a'
                        key: {
                            name: 'x_opcon_action'
                            element: 'job_action_id'
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
                        table: 'sys_documentation'
                        id: 'c3ebd5b176ac4ac9912f8aa81089486f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'log_file'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: 'c53dc184e5284226bb3f31757c6177d3'
                        key: {
                            document_key: '1418af0e57184af4b2cfc2316603b7ad'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        table: 'sys_dictionary'
                        id: 'c6ad01cc2b584e39b8dbb663bedc025b'
                        key: {
                            name: 'x_opcon_action'
                            element: 'noted'
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
                        table: 'sys_documentation'
                        id: 'c89711acc9bf4ee093e944366032c1b3'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'next_attempt'
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
                        table: 'sys_variable_value'
                        id: 'c962d0a4bba041e697eb103985012313'
                        key: {
                            document_key: '6c1cfc4232154d5c8952b97a6639fd19'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: 'd25d3a2fea034131aa0a69ad89ec7bb4'
                        deleted: true
                        key: {
                            document_key: '49d54f691ae54a1fb942d60e5d85b18b'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_dictionary'
                        id: 'd50c4348c5a848dc99ed44c975f50726'
                        key: {
                            name: 'x_opcon_server'
                            element: 'collect_failures'
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
                        table: 'sys_choice_set'
                        id: 'd666166b63c54fce98042f76e737304f'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'source'
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
                        table: 'sys_variable_value'
                        id: 'd775708f61dd4698bdc702d1a64c170e'
                        deleted: true
                        key: {
                            document_key: '49d54f691ae54a1fb942d60e5d85b18b'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_dictionary'
                        id: 'd94bcecf907247f98aa0773fe511f075'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'next_attempt'
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
                        id: 'de93b94150af43b0acf6038c52785fe0'
                        key: {
                            name: 'x_opcon_action'
                            element: 'http_status'
                            language: 'en'
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
                        id: 'e028f2f6433f4de1be0fd5a2c738ba05'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
                            language: 'en'
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
                        id: 'e3f827edd64241a5bd6830d93d587a97'
                        key: {
                            name: 'x_opcon_action'
                            element: 'polls'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'e679625431e34dbba3d1e37cabe908ad'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'reported_by'
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
                        table: 'sys_documentation'
                        id: 'ea9e038c181a4aba8d7ca4b9af1ceb87'
                        key: {
                            name: 'x_opcon_template'
                            element: 'urgency'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'ee98d234637244f1b8714a3cca382fff'
                        key: {
                            name: 'x_opcon_action'
                            element: 'job_before'
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
                        table: 'sys_variable_value'
                        id: 'f2d61c6997dc4fe181faae3925bfd692'
                        key: {
                            document_key: '79be463bb49742cdb884f3ba8dd3b0d2'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_dictionary'
                        id: 'f6b7a4084eee4f05a29a117b3b3c42f5'
                        key: {
                            name: 'x_opcon_template'
                            element: 'NULL'
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
                        table: 'sys_dictionary'
                        id: 'faccae32b8ee4d6d8ca3d82822d8e57f'
                        key: {
                            name: 'x_opcon_action'
                            element: 'attempts'
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
                        table: 'sys_dictionary'
                        id: 'fcafd3e20c764b7197a5b5412f75372b'
                        key: {
                            name: 'x_opcon_binding'
                            element: 'server'
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
                        table: 'sys_choice_set'
                        id: 'fe7506dffd04462fb9b1e30ccfeee6ed'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'state'
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
                        table: 'ua_table_licensing_config'
                        id: 'ff9c554725304ab8aef874da2a8cdfac'
                        key: {
                            name: 'x_opcon_binding'
                        }
                    },
                ]
            }
        }
    }
}
