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
                    fa_add_job_to_daily_schedule: {
                        table: 'sys_hub_action_type_definition'
                        id: '0bedb2e369384576a17f24dd7915b37d'
                    }
                    fa_add_job_to_daily_schedule_step: {
                        table: 'sys_hub_step_instance'
                        id: 'fd62ca742e11469f8613bced0b247d37'
                    }
                    fa_build_schedule: {
                        table: 'sys_hub_action_type_definition'
                        id: 'bbcf90b838594595ac794ee6cebb0cdd'
                    }
                    fa_build_schedule_step: {
                        table: 'sys_hub_step_instance'
                        id: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                    }
                    fa_cancel_job: {
                        table: 'sys_hub_action_type_definition'
                        id: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                    }
                    fa_cancel_job_step: {
                        table: 'sys_hub_step_instance'
                        id: 'f63617c4b14947d091dda481f71da18b'
                    }
                    fa_find_daily_schedule: {
                        table: 'sys_hub_action_type_definition'
                        id: 'f92e6ac62686419d839af2b69f37aa2c'
                    }
                    fa_find_daily_schedule_step: {
                        table: 'sys_hub_step_instance'
                        id: 'aa9516afe7d649bcb3a72e11b32f95ad'
                    }
                    fa_get_daily_job: {
                        table: 'sys_hub_action_type_definition'
                        id: '383026a14ed2468cb480ee844769c2d9'
                    }
                    fa_get_daily_job_step: {
                        table: 'sys_hub_step_instance'
                        id: '6370354060e64f3db9076e2f3a077448'
                    }
                    fa_hold_job: {
                        table: 'sys_hub_action_type_definition'
                        id: '27850ba56c754a3dbed5dadce563ff81'
                    }
                    fa_hold_job_step: {
                        table: 'sys_hub_step_instance'
                        id: '3c2108f502fc4b89a4815ec63b31cc90'
                    }
                    fa_mark_job_fixed: {
                        table: 'sys_hub_action_type_definition'
                        id: '7bd3726660304c06949d4b3c33cf6681'
                    }
                    fa_mark_job_fixed_step: {
                        table: 'sys_hub_step_instance'
                        id: '097305c9deac430187d2f292f9335887'
                    }
                    fa_mark_job_under_review: {
                        table: 'sys_hub_action_type_definition'
                        id: '027e23196f454a1e9298132bb301c0b3'
                    }
                    fa_mark_job_under_review_step: {
                        table: 'sys_hub_step_instance'
                        id: '388dfa523277406580940dc85ba6c594'
                    }
                    fa_release_job: {
                        table: 'sys_hub_action_type_definition'
                        id: '7a8d0740aa484c06952a1b86ad4656e0'
                    }
                    fa_release_job_step: {
                        table: 'sys_hub_step_instance'
                        id: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                    }
                    fa_restart_job: {
                        table: 'sys_hub_action_type_definition'
                        id: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                    }
                    fa_restart_job_step: {
                        table: 'sys_hub_step_instance'
                        id: 'fc700778b3b14cf7a1c6d2e639915c9b'
                    }
                    fa_wait_for_result: {
                        table: 'sys_hub_action_type_definition'
                        id: 'b7039f994b254e378640c2c086fbdf54'
                    }
                    fa_wait_for_result_step: {
                        table: 'sys_hub_step_instance'
                        id: '7c7b1bb403804eae8fd8b812922db2a8'
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
                    'src_server_flow_flow-actions_ts': {
                        table: 'sys_module'
                        id: '8f1fb9424a204b07b03d4611a86bebd2'
                    }
                    'src_server_flow_flow-outputs_ts': {
                        table: 'sys_module'
                        id: '6337bbde15d74a51abab5f54879b3753'
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
                        table: 'sys_hub_action_input'
                        id: '000cec22d3cf49aab31de578834038a9'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0011a38dfab74099bf3b7ebc018e28aa'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '002a6e2caba041daa349f7c02e38d3d5'
                        key: {
                            name: 'x_opcon_failure'
                            element: 'termination_description'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0044744ca34c40a59353806c68be6678'
                        key: {
                            name: 'var__m_sys_hub_action_input_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'flow_name'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '00ce6a23eb574d48abeeb75fc96173c8'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '018512ef62b347faa1f90dacd8ed695b'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'stop_on_error'
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
                        table: 'sys_element_mapping'
                        id: '02231b9e7cf248c3963088a53434ce49'
                        deleted: true
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            id: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '02a92997c2c54c569300a8814e196ed2'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '02b4790d089b41158b407b5eccdabdce'
                        key: {
                            name: 'var__m_sys_hub_action_input_27850ba56c754a3dbed5dadce563ff81'
                            element: 'reason'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_output'
                        id: '034829ce87274ccea4b0f675a9646db2'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'job_status'
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
                        table: 'sys_hub_step_ext_input'
                        id: '038d4990a7a44bf0b18acc94ca68b862'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'date'
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
                        id: '0427a5d3d56140689e295a15f9c4afe9'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '046b754a15ba4869bb46883d009f55d3'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: '__dont_treat_as_error__'
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
                        table: 'sys_hub_action_input'
                        id: '0478ef6a837247328836e08fc5aabec2'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'server'
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
                        table: 'sys_variable_value'
                        id: '04ff54b6c2ab4e9ca1537bbf8272cc3d'
                        key: {
                            document_key: 'f63617c4b14947d091dda481f71da18b'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '05065b9ad28e4142b7485ea147e5409f'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: '__dont_treat_as_error__'
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
                        table: 'sys_element_mapping'
                        id: '05675e420a994104868619213a2bcb24'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            id: '383026a14ed2468cb480ee844769c2d9'
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
                        table: 'sys_hub_action_input'
                        id: '05f1c6a4b4944a4f83859056c4f36a42'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '062dddac5a414badb4c86cc3a82fd147'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '063b7f93df564df9948f93da98a2157a'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_7c7b1bb403804eae8fd8b812922db2a8'
                            id: '7c7b1bb403804eae8fd8b812922db2a8'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '073570dbb9bc4a97ae54f0eb5e1f9b2b'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'daily_job_id'
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
                        table: 'sys_documentation'
                        id: '079dcef95f3f45b4b9da84f3f93e0cfc'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'opcon_message'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: '080390487d644e818efa9764513464f8'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            id: '027e23196f454a1e9298132bb301c0b3'
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
                        table: 'sys_documentation'
                        id: '084c5c7684d24338bb098aa1ce069384'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '086801996a874978bb5d96ae1eb66720'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'daily_schedule_id'
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
                        table: 'sys_hub_step_ext_output'
                        id: '088365bb9b5b4a37940ae4b92400e6c0'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '090d45c136be4af7bea382d407addf7d'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '09286939baa145f29e90ee7dd3c714c9'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_097305c9deac430187d2f292f9335887'
                            id: '097305c9deac430187d2f292f9335887'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0928d66862de44e595fe74124e683d13'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '09472f95b2fc48f39a93bed836799d35'
                        key: {
                            document_key: 'fd62ca742e11469f8613bced0b247d37'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0991041d3c6345f8a321c07367e6f3d8'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            id: '7a8d0740aa484c06952a1b86ad4656e0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09ac1873fd3b48fb959e0ec406f4e953'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09ffddaad427425bb70076d5e07955af'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0a52085e9fee4baba47876d6e5ea4c0a'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0aa709483c4547669243b3b7de815c29'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_388dfa523277406580940dc85ba6c594'
                            id: '388dfa523277406580940dc85ba6c594'
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
                        id: '0b980a0115d94a1fb401f70a3df87061'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0ba608a8d6b841268db28ed9902725ac'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: 'job_status'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '0d2404be7f504be48338e4fd5862e564'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: 'opcon_message'
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
                        table: 'sys_element_mapping'
                        id: '0d6d7b40daf74225948f7b6e0e0732f3'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            id: 'b7039f994b254e378640c2c086fbdf54'
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
                        table: 'sys_hub_action_input'
                        id: '0e0de28451974c54a2e5896ca7d0e107'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'server'
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
                        table: 'sys_hub_step_ext_output'
                        id: '0e9d4c0ff5184d2f8a5dcfb1c7c2cb1c'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '0f09166dfbc041678ab148cfe2668549'
                        deleted: true
                        key: {
                            model: '92108bf016694aa080d60d0ab72e11a4'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f5d170e118346df990c7c84c317b364'
                        key: {
                            document_key: '7c7b1bb403804eae8fd8b812922db2a8'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
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
                        table: 'sys_documentation'
                        id: '0fb6c6e276754ef09a583520606b6fac'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '10405239d24e4b41b924ab2f78324070'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1055d0b221a941ee8bb1d58839c7ed4d'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'pending'
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
                        table: 'sys_hub_step_ext_input'
                        id: '10775de1850144ebb439a7eea68027e7'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '10c53d14718f4d1d988dde0a0cc2031c'
                        deleted: true
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            id: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '11184c4be24741a79fea5f1a5d7ec6d9'
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_fc700778b3b14cf7a1c6d2e639915c9b'
                            id: 'fc700778b3b14cf7a1c6d2e639915c9b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1120259fe84044788fb924d170fa706a'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '113fdd9fe3614e5cb031441c53856a35'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '1227c8dd70034e33a45922ddce0d038f'
                        deleted: true
                        key: {
                            model: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'reason'
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
                        table: 'sys_documentation'
                        id: '12b19c74c7844821b73de0ce5c36e0e3'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '12c5f2437f88442f8f89d6935c6605d2'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '12cc8dd617e444b497a6c9f224a1fcba'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_388dfa523277406580940dc85ba6c594'
                            id: '388dfa523277406580940dc85ba6c594'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '1375cb1f95d54064890b85563129de4b'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: '__dont_treat_as_error__'
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
                        table: 'sys_documentation'
                        id: '138ba9b2979a4bf7acf4015080564d7b'
                        key: {
                            name: 'var__m_sys_hub_action_input_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '138ef6da92bc4b04b04db1130b358b76'
                        key: {
                            name: 'var__m_sys_hub_action_input_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '13c862c71cff42eb8c5b14df7420ab81'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '13e8a026a4244f1db8a39d41c44b0ec3'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '13ee29961ee7461c8339c9358f2c805c'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            id: 'f92e6ac62686419d839af2b69f37aa2c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '14bf7572c7524488bf318cb7065d252f'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            id: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
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
                        id: '1536b74a18514c978c922c03719f0ec0'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'opcon_message'
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
                        table: 'sys_hub_action_input'
                        id: '162c9d87d9b6456684d806d94cf14bc9'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'reason'
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
                        table: 'sys_element_mapping'
                        id: '16da06b1ba874fbe9c061177d16fbb30'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            id: 'f92e6ac62686419d839af2b69f37aa2c'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1703325a52664925b378ecd0d8377729'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '170f16ba7d2744bc9f99dc50623a0abc'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'job_status'
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
                        id: '174326e975c44b60aef792fc62ad0f3e'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'opcon_message'
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
                        table: 'sys_documentation'
                        id: '189882af55fd41bcbc2f0a414ffadaec'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: '__dont_treat_as_error__'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: '18b2879170ab4d9390a43034f5579319'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1933518b28dd4378aea61b8538e2b8f6'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '195f7719a4f14afeb377e4fdd7b6ea0c'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '197323fa8c954e7e90caae4f6c3eb2a5'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '19c01dd7bb14411c9ebe8fd87858ffb3'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '19ce6672dab741c3b74c8d6c10f49047'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_388dfa523277406580940dc85ba6c594'
                            id: '388dfa523277406580940dc85ba6c594'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '1a7f56fbf8ed403c964464434eef9017'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1b2d7b4003d4469eb85cd3dc7a8e6d4b'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '1b99c90faa73488aa7b64d8fc25be036'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'action_row'
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
                        table: 'sys_hub_action_output'
                        id: '1c5f3a5a1b7e4309affc478922b667fc'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'error_message'
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
                        table: 'sys_hub_action_input'
                        id: '1ca652cb177f4457aff2b76da87259ea'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'date'
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
                        id: '1d296ddec4a540ba8ceb989f717ba162'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: 'error_code'
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
                        table: 'sys_hub_action_output'
                        id: '1e00b8d603304e67b585a8f02b50a9c0'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1e148efc926149e1b8676594882c54a8'
                        key: {
                            name: 'var__m_sys_hub_action_input_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1e71a55250a54fbea1084db176438c97'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_fc700778b3b14cf7a1c6d2e639915c9b'
                            id: 'fc700778b3b14cf7a1c6d2e639915c9b'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '1e82b57e5bc94a51928270cee85147d7'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '1ea5bb9f6e5c4afb90b6fda0ec73f9c6'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1f3b3b130b9c4b26a8865b81109859ce'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            id: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
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
                        table: 'sys_documentation'
                        id: '1fcb97e9023842bba2097eae8896263c'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '1fd7104d19ab404ebab909dfa6ac81f0'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'daily_schedule_id'
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
                        table: 'sys_hub_step_ext_output'
                        id: '20ca7884ee0d42df8e6883b906446e86'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '212e40717f334354a7ccc443352f2dee'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '212e7d77b7e54b34a26d3626a3968a3b'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '219097573d874c5f95f870d9500083ca'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '21be626373b4462bb2410d9f9c04fbbc'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_fd62ca742e11469f8613bced0b247d37'
                            id: 'fd62ca742e11469f8613bced0b247d37'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '2210bc2ecaec466e84a042d39cf03a18'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '22123d3c6fab4f92be7e88fc04d830fc'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            id: 'f92e6ac62686419d839af2b69f37aa2c'
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
                        table: 'sys_hub_action_output'
                        id: '22525a7ce460486db227e66dd0167715'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2267d4971a2b4c9aba7456888f1c9132'
                        key: {
                            name: 'var__m_sys_hub_action_input_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '2295ffe4958b4d2bac8cf124360f8228'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '22a47fe5e7fd4c71aedc5edbe7d4aabd'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            id: '27850ba56c754a3dbed5dadce563ff81'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '22eb2cf549634285b8fcf3969892a7bc'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '22f0a5f8e09b49b8a4f4fdb831477056'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            id: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2329ae42e09843569bb716c99e67c5f6'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            id: '027e23196f454a1e9298132bb301c0b3'
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
                        table: 'sys_documentation'
                        id: '23d200bd4fd24303a51b1bfd7b1c4473'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '24089a14804b45b5bf648a4dd70467ed'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '24d76fccbc0546c986cc393376896c0a'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '259be90f71fe4503bc6ad9f9507de1d5'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'error_message'
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
                        table: 'sys_hub_action_input'
                        id: '25b1c3f59a1f4035a752a541bcb315e4'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '26030709027c4ee2ac2628cc78d244ab'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '264c69922a534e379c549201d66d0d7c'
                        key: {
                            name: 'var__m_sys_hub_action_input_0bedb2e369384576a17f24dd7915b37d'
                            element: 'frequency'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '267b7a114af04c648914b854a3e1edb5'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '268d688200d444e197b38cf72d70a05b'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: '__dont_treat_as_error__'
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
                        table: 'sys_documentation'
                        id: '26c334aacc73420f8df5e5ed582ff9b2'
                        key: {
                            name: 'var__m_sys_hub_action_input_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'server'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_output'
                        id: '2700b69a37f349af8dcbc7dfc1b34f19'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '2701b0dfcd304250abd2007ef4cfb7d8'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '27b9958fea624310b45cd6429813be8a'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '281985a120714eabafd6037a4a812760'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'frequency'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '2833699f883a4e41a43eedd14199f994'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2840297be02a46e5b991e85a88a0c58f'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '28d035d6dc8645f884d56042272ab498'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'daily_schedule_id'
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
                        id: '29ddd0683cb44a25818aff25419d2879'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: '__dont_treat_as_error__'
                            language: 'en'
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
                        id: '2c1f541efeb54162ae90bc8d5a6d68e6'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c27cdf47c074132bafa5257b73ab4fb'
                        deleted: true
                        key: {
                            document_key: '92108bf016694aa080d60d0ab72e11a4'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
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
                        table: 'sys_hub_step_ext_input'
                        id: '2c8c04cc270c4a4c9fbc22e473a98a6a'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'schedule_name'
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
                        table: 'sys_hub_action_input'
                        id: '2d26adddb3df4ade9cad1739ee987618'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2e3dcf23fd834f7699fc52f0fe6614b0'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            id: '7a8d0740aa484c06952a1b86ad4656e0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2e5592f45cc14ab9923fa94c59778ead'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2ea575eb02b943118439d06879703351'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            id: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2ef52c3e1a2a445d80582aba747f9624'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2f24a0135d4440259d298ee24ef2fc1c'
                        key: {
                            name: 'var__m_sys_hub_action_input_7bd3726660304c06949d4b3c33cf6681'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2f3cf4367106475695c65cc09e64e3e2'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            id: '0bedb2e369384576a17f24dd7915b37d'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '2f7376e48b154638b32bb12cc4f13c47'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'daily_schedule_id'
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
                        table: 'sys_documentation'
                        id: '302dbbb328b840d59f3b1d979c38d8ae'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_output_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'opcon_status'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: '30d2d01088d44708afebf2255fd06baf'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_aa9516afe7d649bcb3a72e11b32f95ad'
                            id: 'aa9516afe7d649bcb3a72e11b32f95ad'
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
                        table: 'sys_hub_step_ext_input'
                        id: '315ab25d7fb845ee9b4749c349540ed8'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '31a89f8890c94447a097dbf204229720'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            id: '7bd3726660304c06949d4b3c33cf6681'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '31bb6d72b9ab487cb40557f96ea7ded0'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3200d66275b64075951d4fb6ca6cca11'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: 'succeeded'
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
                        table: 'sys_element_mapping'
                        id: '3256ed7b6061466587ba755b7ebad8b4'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            id: 'b7039f994b254e378640c2c086fbdf54'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '325be528040b4476892a1b41d01b07de'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'daily_job_id'
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
                        table: 'sys_documentation'
                        id: '3352daabafb44aef8b401ca841082843'
                        key: {
                            name: 'var__m_sys_hub_action_input_7bd3726660304c06949d4b3c33cf6681'
                            element: 'stop_on_error'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '33f46f93b578489cb8d742ab454b35b2'
                        key: {
                            name: 'x_opcon_action'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '33fd4cbf601e45caaa6daaf3375c1d0f'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3409d1e78f6e4eda9824bda159c442c9'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            id: '383026a14ed2468cb480ee844769c2d9'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '3452c47745154ff395253d7c30acbae4'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '347dc1915fe6441b97cbcc4f0f92741c'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            id: '027e23196f454a1e9298132bb301c0b3'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '34851fa5675542b8874ef120321e6c3d'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'action_row'
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
                        table: 'sys_element_mapping'
                        id: '349e47bdaca741129e1de55912698c64'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            id: '0bedb2e369384576a17f24dd7915b37d'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '34aa4c41cdc046c1bd394fe0119c37bb'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'opcon_message'
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
                        table: 'sys_hub_step_ext_output'
                        id: '352d481ff8b14a14ba0dc58c9fc172b4'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3598d9e9ee33480d94bc2effae55539e'
                        key: {
                            name: 'var__m_sys_hub_action_input_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '35e5d77812af471e8e933db2d6789582'
                        key: {
                            name: 'var__m_sys_hub_action_input_027e23196f454a1e9298132bb301c0b3'
                            element: 'server'
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
                        table: 'sys_element_mapping'
                        id: '3627697e480b4f1ca1354deedbcf5346'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            id: '27850ba56c754a3dbed5dadce563ff81'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3638ed8a52b543fab4fe019a3f41f05b'
                        key: {
                            name: 'var__m_sys_hub_action_input_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '363d80442630417b91adc7e2c06ccc4e'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: 'succeeded'
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
                        table: 'sys_hub_step_ext_output'
                        id: '37516b61cdee4e3dab1dc2fa8fd45094'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '375266a614394e38a0cc313caaa16550'
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_097305c9deac430187d2f292f9335887'
                            id: '097305c9deac430187d2f292f9335887'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '379567ba43394d20951ce4a65e9dcdbc'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: 'error_code'
                            language: 'en'
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
                        id: '384a6e2bf5ad4beea82270b5d13d24c8'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3850e9551ffc4b15bb9d4b614b324485'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_f63617c4b14947d091dda481f71da18b'
                            id: 'f63617c4b14947d091dda481f71da18b'
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
                        table: 'sys_hub_step_ext_output'
                        id: '387b356b76f143679935f034095a1fcc'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '393e30ef2ed24c4cbf08b213e8d5df64'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_fd62ca742e11469f8613bced0b247d37'
                            id: 'fd62ca742e11469f8613bced0b247d37'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '395c090c68ac45b4b841b9510081eea8'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'job_status'
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
                        id: '39bc2557a3b24b9ab9ebe4b5c05a2057'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: 'daily_schedule_id'
                            language: 'en'
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
                        id: '3a5e40919bda4aad9f4143c32ebb76a1'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            id: '2d508b3b05c242a2b6bc6b2de6a42d0f'
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
                        table: 'sys_documentation'
                        id: '3b0c313f46714b9c8eb6dc549ec09f45'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '3b8be15562994e2c99780a59085ad674'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3bb0226788404825a85e6628cc4e2289'
                        key: {
                            document_key: '097305c9deac430187d2f292f9335887'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '3bc8916e8d3b4590b87bb0cf5aa8da21'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3bdb4a1a046144dfa216e54510b8fe51'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '3bf423cefc6b4c69929fefc363c30de8'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'daily_job_id'
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
                        table: 'sys_hub_step_ext_output'
                        id: '3c44f3954ada459695b37d7efb85e286'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3c7f7c35bf1544fab85c86034572baea'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            id: '27850ba56c754a3dbed5dadce563ff81'
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
                        table: 'sys_documentation'
                        id: '3cb4a49e6d404298b33eba2d04cb53cb'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3ce371c67ac3454490f784495cf0991e'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '3d1295196a31482681056bcd998adc27'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3d54db813f67429b8654d7c809a0aa72'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            id: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '3d862323f8c04b58b6be9e5ad0176d86'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e565d15b2884b73af95418e965634fd'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '3e9d3139af5f431dba2198817f43469d'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'job_name'
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
                        id: '3f188b8a80dc4bef995f71bc437b82cd'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_f63617c4b14947d091dda481f71da18b'
                            id: 'f63617c4b14947d091dda481f71da18b'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '3f5c1fbededc45ab9b648562c86ef734'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'reason'
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
                        table: 'sys_element_mapping'
                        id: '3ffd70db4f3a480894447b4bd8cde42b'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            id: '027e23196f454a1e9298132bb301c0b3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4017d1dfcb7045bf8de53de30f63c023'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'succeeded'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_output'
                        id: '404278ccb6374ab29c54422718793be8'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4064a0809fe349028de6dc57d605d23b'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4073e38ef7e14612a09e456f284ca6a8'
                        key: {
                            name: 'x_opcon_action'
                            element: 'source'
                            value: 'flow'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '41ac9fbd05074feda5ec5afccde7acae'
                        key: {
                            name: 'var__m_sys_hub_action_input_027e23196f454a1e9298132bb301c0b3'
                            element: 'stop_on_error'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: '4293c44b94d34039978ba8157901e371'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '42b0d549f9e049acad2b7c5e7edf01b8'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'daily_job_id'
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
                        table: 'sys_element_mapping'
                        id: '440e4d81f8e54b5fb2fa0b3da074315e'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            id: '027e23196f454a1e9298132bb301c0b3'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4412f1e551774f2a860d6db1aa21bda2'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '44334674da9d435ab528ba311afbd1fe'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_388dfa523277406580940dc85ba6c594'
                            id: '388dfa523277406580940dc85ba6c594'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '44991ddaa59249cb8cb4e377c9c9f079'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '44f02e7a857047aeade25542820b8d16'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '450619b26f204fd3a00131441162a337'
                        key: {
                            document_key: '3c2108f502fc4b89a4815ec63b31cc90'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '459d2ec6cd754a4e928c91ba6d60b679'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '45b912564f8c4fa3a874eb81c4f10d4c'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'schedule_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '45c6a4968e5b4a4280106e2ee78606ed'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: 'error_code'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: '4635d481ee1f46e1a1283a7ea40d5820'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            id: '027e23196f454a1e9298132bb301c0b3'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '465e0b6ae3ce4b65a03682b8efbccece'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'flow_name'
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
                        table: 'sys_hub_step_ext_input'
                        id: '46dff30f764f4a64867fc69455c3b1ce'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '46fe9845ff294b55a94e0a2349093985'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_f63617c4b14947d091dda481f71da18b'
                            id: 'f63617c4b14947d091dda481f71da18b'
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
                        table: 'sys_documentation'
                        id: '4740eeba1cf745edb75391276672d812'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '475425d3875c4c3788fed73c16136c9f'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '47a66e4e05b2458494d3ca70cbe8780b'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            id: '27850ba56c754a3dbed5dadce563ff81'
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
                        table: 'sys_element_mapping'
                        id: '4915bb35f6e34513b99e59fa11b5786e'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            id: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '492d29ab53b24a389b5d40bd4a9ac1a9'
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_3c2108f502fc4b89a4815ec63b31cc90'
                            id: '3c2108f502fc4b89a4815ec63b31cc90'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4970a8ccd9bf429aa6e0b5ce28b9141d'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            id: '2d508b3b05c242a2b6bc6b2de6a42d0f'
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
                        table: 'sys_hub_action_output'
                        id: '499c0394c0ab4d5ca69dc702cc45dd5e'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '49c7bc675c324e7ea93724a610827ee4'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4a3c5af9373849fcbb67380185a8c538'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4a94e3d3a65642cab0fc1992457dfb7f'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4a9dcefdc71e4da5bc8fba69d6e73351'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '4b55a91aaa654058b0e2131d1a8249a2'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '4b6577b14e694ad4a827e2e1aa6e76ec'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4c0a8e83eba64c7f8d68d8dc10fb4a67'
                        key: {
                            name: 'var__m_sys_hub_action_input_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4c4234b9ba434ae4991ebeef5fb538bd'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4c554aa2d98e4b7685e3693322040c45'
                        key: {
                            name: 'var__m_sys_hub_action_input_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'schedule_name'
                            language: 'en'
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
                        id: '4cc7a8400e6744c6bb6a9ca06d112d31'
                        key: {
                            document_key: '6370354060e64f3db9076e2f3a077448'
                            variable: '74315b04b3201300176b051a16a8dc2b'
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
                        table: 'sys_element_mapping'
                        id: '4dff694804244345944ae057f60f2e22'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            id: '27850ba56c754a3dbed5dadce563ff81'
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
                        id: '4e646d90ede94cc79dc665450fe012f1'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'job_status'
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
                        table: 'sys_element_mapping'
                        id: '4f38297ea5e3448a87f7f5decf57a515'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_3c2108f502fc4b89a4815ec63b31cc90'
                            id: '3c2108f502fc4b89a4815ec63b31cc90'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '4f44b33c404c462991789755d21c8217'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4f9e0b99c17a45b78ad6a259c959759b'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '4ff720208d70492eb3cf41e1ff2d613a'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5084d2086b9d4afe9cb79c6113c530c3'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '512351073cf24593b44bef96e180b579'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5171eee67b1242789625a075f609dd12'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '5197afeb24a34bd0985f3c0f5f558181'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'error_message'
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
                        table: 'sys_element_mapping'
                        id: '521ca647395b441fbb1b441d523e1377'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            id: '027e23196f454a1e9298132bb301c0b3'
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
                        table: 'sys_hub_step_ext_input'
                        id: '54c7b04144804c17bcb2106d8bc6fac1'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '54d0ba099ed24564aba51264a9310c66'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '550c2f977a7946b48c92703281c90056'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_fc700778b3b14cf7a1c6d2e639915c9b'
                            id: 'fc700778b3b14cf7a1c6d2e639915c9b'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '555c91a74d8c4817986b14d8f89caacf'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '5576e64f69ff46cd8aade18918b584a4'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'date'
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
                        table: 'sys_hub_action_output'
                        id: '55f5187ae774406e9f2a57e153a7053b'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '55f87cb981844b97a2c9e3b5814ca508'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            id: '027e23196f454a1e9298132bb301c0b3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '564011f9bf1d40ca8f8dcb9ed4035bbb'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_097305c9deac430187d2f292f9335887'
                            id: '097305c9deac430187d2f292f9335887'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '564e0333c948480fa24327fd3a8db45a'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '569a39daabe44608b84cd0ca9f5d1893'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'pending'
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
                        table: 'sys_element_mapping'
                        id: '5748a52e125c43ae9983d32ac3310de7'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            id: '7bd3726660304c06949d4b3c33cf6681'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5762bc6669f3480386c4550a92e95e97'
                        deleted: true
                        key: {
                            model: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '57aaeaa0cd1746c7b981e3f63e8c80a0'
                        key: {
                            name: 'var__m_sys_hub_action_input_027e23196f454a1e9298132bb301c0b3'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '57ba674111d54f14aa2df869586e87f3'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            id: 'bbcf90b838594595ac794ee6cebb0cdd'
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
                        id: '580ea9a58a8c4d21abb7063181a86c0f'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '58354c3a02634c4a99bab549c40c3050'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '5843c18bca454177a30efbbe8bc0feb3'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5868dc06bdf740948a0e72989c518922'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            id: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '586fd1634c1642bc865e5a7264f8d8f5'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: '__action_status__'
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
                        table: 'sys_hub_action_output'
                        id: '59351c0f7a7d4a398607bf9f93d84bfb'
                        deleted: true
                        key: {
                            model: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'succeeded'
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
                        table: 'sys_hub_action_output'
                        id: '59b72db195cd40f1a7883069851f36a0'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5a285717e05e45f9a36c0c3c5db9eb9c'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            id: 'f92e6ac62686419d839af2b69f37aa2c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5a5f820e80624b4390a3d6eb936d1a57'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: 'opcon_status'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_output'
                        id: '5aba77c67e1843cf8c2978fe8687b180'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '5abeae59df9e4c63a7140e73b86d52f1'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'pending'
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
                        table: 'sys_hub_action_input'
                        id: '5b94dd02f68746b493b7ae1796c8964f'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'server'
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
                        id: '5be95983ae2c442d84ba06db65020882'
                        key: {
                            name: 'var__m_sys_hub_action_input_383026a14ed2468cb480ee844769c2d9'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5bf7485070c64f2991593de081ce2dae'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5bf92561672044a5800cbf2752a56103'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5c546bfdb26d432581fca46ce26538d7'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            id: 'bbcf90b838594595ac794ee6cebb0cdd'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '5c5fbf7d592c4df88fa030aa6f494ff8'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'date'
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
                        table: 'sys_hub_step_ext_input'
                        id: '5d083dafe8e646599d82a9dc8695b030'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '5d0b566d6be94698969edfc0d4412f53'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d4d62673c234884b2c3bc134cfdbdd9'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: '__action_status__'
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
                        table: 'sys_documentation'
                        id: '5e15058123c44db8a1a97ef5951c0aa0'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e5dcd30da454702a091e290523eea1d'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_output_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5e6dd60a14134922b7a9ff53031c76ef'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5e6ec59f2bfe404c84a7d5804c89c9eb'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            id: '7a8d0740aa484c06952a1b86ad4656e0'
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
                        table: 'sys_element_mapping'
                        id: '5ea105e5a1264820b7032c427a51ae00'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            id: '383026a14ed2468cb480ee844769c2d9'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5ec611914a814798bf84d89339d56cb1'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_6370354060e64f3db9076e2f3a077448'
                            id: '6370354060e64f3db9076e2f3a077448'
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
                        table: 'sys_documentation'
                        id: '5f345542f74549c3b49fa7f8b6525c66'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '5f431a08a06b40da825a681d921e41cc'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5f6971d1cff747678bac9ea1ffdbfccf'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
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
                        table: 'sys_element_mapping'
                        id: '5faed3ec292442ffa874668c8b98eba2'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            id: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '5fbfbd568c4d498a8aca905bd8727e68'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '5fd4d75de04f43fb8c54846f22f76b8b'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5ffa42fa57e9490190a0c34bc51db78a'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            id: '7bd3726660304c06949d4b3c33cf6681'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '60d2ecbb7c90470cab53114383bd93f4'
                        key: {
                            document_key: '097305c9deac430187d2f292f9335887'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '60d8452c1d8a422e8ff2d0afc3025191'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'error_code'
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
                        table: 'sys_hub_action_input'
                        id: '6245ce9e771f41e6a58732462f2c760f'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'reason'
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
                        table: 'sys_element_mapping'
                        id: '62715ab92ce742aaac30eb83da32c32e'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            id: '2d508b3b05c242a2b6bc6b2de6a42d0f'
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
                        table: 'sys_hub_step_ext_output'
                        id: '6384c6ffe5c64594b934b6475a42103b'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '63af537e39f14f1792893e35b45bd691'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            id: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '63be4422991e4f2b99cf264d5c492428'
                        deleted: true
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_92108bf016694aa080d60d0ab72e11a4'
                            id: '92108bf016694aa080d60d0ab72e11a4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '63cb7efd555f430684dbc6524025acab'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '63d0088906704e0c8f182d8ba54e504c'
                        key: {
                            name: 'var__m_sys_hub_action_input_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '641456470f1c4c3b8d97ac46d952c07a'
                        key: {
                            field: 'schedule_name'
                            table: 'var__m_sys_hub_step_ext_input_aa9516afe7d649bcb3a72e11b32f95ad'
                            id: 'aa9516afe7d649bcb3a72e11b32f95ad'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '646f31133e794a7d8d66d79721f89f36'
                        deleted: true
                        key: {
                            model: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '64a5c386824e458e84bae9a0cd64882d'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_output_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: '__dont_treat_as_error__'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: '6503047abd8043339e89970415427023'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            id: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
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
                        table: 'sys_element_mapping'
                        id: '65df98ee2a6545cbb3c998533908ee8c'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            id: 'bbcf90b838594595ac794ee6cebb0cdd'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '66c16c7125e5429192961f0bfcfcd7da'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '6775c6f434884361befc62d2f3bee5d6'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '6779e41a13f2411392c3dc3f00549a30'
                        deleted: true
                        key: {
                            model: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '67a085815a254b61ba8d142c03d9252b'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            id: 'f92e6ac62686419d839af2b69f37aa2c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '67e982900bc14b66b8acc613b1556901'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '68075e41a9ca40a6847aa43d0d732f15'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'opcon_message'
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
                        table: 'sys_hub_action_output'
                        id: '68978ecf9a034c68918896d5bc6d3513'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: '__action_status__'
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
                        table: 'sys_element_mapping'
                        id: '69644c8aa48b4487ba860843e0146f2a'
                        key: {
                            field: 'date'
                            table: 'var__m_sys_hub_step_ext_input_aa9516afe7d649bcb3a72e11b32f95ad'
                            id: 'aa9516afe7d649bcb3a72e11b32f95ad'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '69934f8ce31b4e2dbe14429500eaf61c'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'stop_on_error'
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
                        table: 'sys_documentation'
                        id: '6a0b7fb490814135a331e7f6979742f0'
                        key: {
                            name: 'var__m_sys_hub_action_input_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '6a5c4634006c4721a6457577293e6706'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '6a8ae235ccb747c2bf42d10c4c30396e'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '6a9dfdb9f4794555954fe4f6f9b6baa2'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'error_message'
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
                        table: 'sys_variable_value'
                        id: '6b09ff6c810e4ce08b9f1dd3184f52cb'
                        key: {
                            document_key: 'f63617c4b14947d091dda481f71da18b'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '6b4bb2ef8fdd49f4aef5c4f47edf5f9a'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'opcon_status'
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
                        table: 'sys_documentation'
                        id: '6c1f42cb1e854901a6a63b484487a90e'
                        key: {
                            name: 'var__m_sys_hub_action_input_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'date'
                            language: 'en'
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
                        table: 'sys_hub_action_input'
                        id: '6d4f879d5d97423eab0656838bd9b9c9'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6d52b7c5455046e3acc13c360877b2f4'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            id: '7a8d0740aa484c06952a1b86ad4656e0'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '6d7354e2237c4923ac5096708fa9b6a8'
                        deleted: true
                        key: {
                            model: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '6e04796383024689bd5eff4e8dc5f416'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'succeeded'
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
                        table: 'sys_hub_step_ext_output'
                        id: '6e4c2a0f119a403f90c2bae115550e8b'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'opcon_message'
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
                        table: 'sys_element_mapping'
                        id: '6f23719642ff48bcb79e1112384dc839'
                        key: {
                            field: 'job_name'
                            table: 'var__m_sys_hub_step_ext_input_fd62ca742e11469f8613bced0b247d37'
                            id: 'fd62ca742e11469f8613bced0b247d37'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '6f4bc908d912487da5fc6d4fcc8fa7dd'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'server'
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
                        table: 'sys_hub_action_output'
                        id: '6ff0345fb28848959b04411bffa6c3b3'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7029bcbca9914736a9115db588d9262b'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '70b11c0956dd4b03a6fd2e999b6ba708'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '70ccf7d509484ee89f6c32fba87e52b3'
                        key: {
                            name: 'var__m_sys_hub_action_input_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'flow_name'
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
                        table: 'sys_element_mapping'
                        id: '71bb87fb02a845b381d18bc432a98ced'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            id: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '71e262960e9e4ccd8c68dd90c6f03a54'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'action_row'
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
                        table: 'sys_hub_step_ext_output'
                        id: '726d5ea2f0f54596a04aed7d2409b909'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '72c1fdc52ce44a3a9f532e8178257ff9'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'daily_schedule_id'
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
                        table: 'sys_hub_step_ext_input'
                        id: '72e683c4cefd437089de9ceed6f7aa50'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '7340fef4748d404aa5ebcfa25f45f64c'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'stop_on_error'
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
                        id: '74032e7ef5a84c148749a205e9863811'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: 'pending'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: '744718d95824486985aee9db956a2ce1'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '74556922b1d5429ba98c7d22d0a52bca'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '748a4fba67604ebd987834ede0e0474e'
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_6370354060e64f3db9076e2f3a077448'
                            id: '6370354060e64f3db9076e2f3a077448'
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
                        table: 'sys_hub_action_output'
                        id: '758131a137b34f729e938ff5c65937f6'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '75d723ccba3d485ea4bcd99bebe26350'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'opcon_status'
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
                        table: 'sys_documentation'
                        id: '772289ff17cf4eca89dfd1c7f2d8cd5d'
                        key: {
                            name: 'var__m_sys_hub_action_input_0bedb2e369384576a17f24dd7915b37d'
                            element: 'server'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_output'
                        id: '78674c4fed844b8e8ddc4f48ebc55183'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '78a61138f56d496eae14abb1f59f8c2c'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            id: 'bbcf90b838594595ac794ee6cebb0cdd'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '78c62831bc3242199c0172c08c4aeb7f'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'pending'
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
                        table: 'sys_documentation'
                        id: '79283d42af0549d7bd3a7ce437561b94'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '792e1c1353a14fa386f3178da40512c3'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            id: '7bd3726660304c06949d4b3c33cf6681'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '79609375e3234574ac9f07ac17a96ac5'
                        key: {
                            name: 'var__m_sys_hub_action_input_383026a14ed2468cb480ee844769c2d9'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '79a93b9ffbf941baaaf2b40d93e9a619'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'daily_schedule_id'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '7a4e8b4cf5e747799ca27f903f4d258d'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: 'succeeded'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_output'
                        id: '7a858f39359c4438832d9fe1b9f5390a'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7ba6fb6224224484a0dba3074c38bba9'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '7c9215c30e8f42f2b3d54e911483f95d'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7d00f277a36f4f728b4721fdcec7ae1a'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            id: '27850ba56c754a3dbed5dadce563ff81'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '7d4dd1f4216a429bb20766eec4374b6b'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'server'
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
                        table: 'sys_hub_action_output'
                        id: '7db026de547b4ef1a52616a7640b29ca'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'job_status'
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
                        table: 'sys_documentation'
                        id: '7e98477819bd4c00a3d836fcb8aad5cf'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_input_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'daily_job_id'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: '7ea21527f8d04924b6b4758418b9f89f'
                        key: {
                            document_key: '388dfa523277406580940dc85ba6c594'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ead12c5c9674a7bb6c369df8968f3f4'
                        key: {
                            document_key: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            variable: '74315b04b3201300176b051a16a8dc2b'
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
                        table: 'sys_documentation'
                        id: '7eeb213c9c634423b51b9d3ce38bf8e2'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'opcon_status'
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
                        table: 'sys_hub_step_ext_output'
                        id: '7f747e0a287f4dfdb9460ba2e2a70aa0'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7fb80c6f8155454290fe06402f753c67'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ffb42e09fb84bbdac09abd588d90db5'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '802a486d965147debbfa60fc1d08df43'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8061a94598154d48a6d5cecb94545627'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '807a4f6f2f554dd0b9c80be60f1e820d'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: 'job_status'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: '80dd05ebfd894e76b729b9f899cb306c'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'error_message'
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
                        table: 'sys_documentation'
                        id: '819e87c7ad864cbcb698e7e45193a7d6'
                        key: {
                            name: 'var__m_sys_hub_action_input_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '81d4580651a64d63b7e2e90e65732db3'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8269fc7f69474626a56bcc0d5cbe1411'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'opcon_status'
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
                        table: 'sys_documentation'
                        id: '82e904f45a824dc89820fc993cc9996c'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8356b88dd3644cf69ca4dd10d0664baa'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '83afa6b28ef24787a663492265f6422a'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '83be7c1f00b64390a2dc6b44811d4006'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            id: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '83c9840ecef848659c20e946135edd40'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: 'error_message'
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
                        table: 'sys_hub_step_ext_output'
                        id: '83f821d9a6b24eb5a6533cc8d760b41e'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '844f5df595174429b9f4643c76d7e797'
                        deleted: true
                        key: {
                            model: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '848d911edfd44ce98dfae31e399c8830'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_output_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: '__action_status__'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '84ba1dc6f31143c3975e9bd1054833bb'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'pending'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: '859cd6a769ba4adb96020243544a11b0'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '85b85fc257164a93aa57170119be309f'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: '__dont_treat_as_error__'
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
                        table: 'sys_documentation'
                        id: '85e868321a274cc3843c515fd2c58280'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8644e4de057941dd94c1a0a436c337c0'
                        key: {
                            document_key: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            variable: '74315b04b3201300176b051a16a8dc2b'
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
                        table: 'sys_hub_action_output'
                        id: '870ee85bf4654509a5945cb8d0b2abc6'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '87311ed560bf40a4aed3c37636c979ea'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_3c2108f502fc4b89a4815ec63b31cc90'
                            id: '3c2108f502fc4b89a4815ec63b31cc90'
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
                        table: 'sys_documentation'
                        id: '882d606688be491081d668829881f151'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: 'pending'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '88e261734b3a465ab7fdc33d8216a800'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '88f959ee2366487497a5c0a678993b77'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8918f033f08b4184963b08ddb661699b'
                        key: {
                            name: 'x_opcon_action'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '892a465dcb3440f7af8cbea8a49ee545'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '892f6b7ac12e45a4bbd7f9debdc48a77'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '89dc18931d8d46bead98a5fbe7c6f675'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            id: '7bd3726660304c06949d4b3c33cf6681'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8a418b16325648acb631471e57a08568'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8a87df7a48184ff3b36d7f8123803963'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: 'opcon_message'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: '8b1bdc9773ee46f2aaff346f9c700e21'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'succeeded'
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
                        table: 'sys_element_mapping'
                        id: '8bf18f014e0d4007aedb19f84827b810'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            id: '7bd3726660304c06949d4b3c33cf6681'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '8c13b3b879f64f80a2c9655df0b27c42'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8c5e24dd951c47528fbe3ae16ce7324e'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            id: '0bedb2e369384576a17f24dd7915b37d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8c92c146ea5c44219ea552724791be88'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: 'pending'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: '8cf37cee835e42c5bd7d06f9566d0d12'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: '__dont_treat_as_error__'
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
                        table: 'sys_hub_step_ext_input'
                        id: '8d84b3e3f63149e0bddc05fb924ac693'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'stop_on_error'
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
                        table: 'sys_variable_value'
                        id: '8ddcadf1a655457b8ef25cfc4be2cd40'
                        key: {
                            document_key: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8e0da1f969bc4f25b27e4de4ecbda3aa'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            id: '0bedb2e369384576a17f24dd7915b37d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8e3a07caee72443b87594e86da73a937'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '8e4052589ec14f07b0ce682fea47dba7'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'pending'
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
                        table: 'sys_hub_action_output'
                        id: '8ea99bf8eb4f45748f7942b6032d7f4d'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'pending'
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
                        table: 'sys_element_mapping'
                        id: '8f34c17b00b5465198b7d56e67fa4c96'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            id: '383026a14ed2468cb480ee844769c2d9'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '8f57c01d4d00400fa976e407d0bb6465'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'server'
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
                        id: '90046627f2f84ad7ba6c77dd70efbd83'
                        key: {
                            name: 'var__m_sys_hub_action_input_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '9012abadad934062bf549caa7fc103e7'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '907b4001fcd8491191644ff6e1caba79'
                        key: {
                            name: 'var__m_sys_hub_action_input_0bedb2e369384576a17f24dd7915b37d'
                            element: 'flow_name'
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
                        table: 'sys_element_mapping'
                        id: '9159f18cb8884ab0abdff4a23c807152'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            id: 'b7039f994b254e378640c2c086fbdf54'
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
                        table: 'sys_hub_step_ext_input'
                        id: '92615c5fbfed4aa2a2049efa45b4ab2a'
                        deleted: true
                        key: {
                            model: '92108bf016694aa080d60d0ab72e11a4'
                            element: 'daily_job_id'
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
                        table: 'sys_variable_value'
                        id: '92cbaec0653746059194843510f0404b'
                        key: {
                            document_key: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '933eaad2adb141c68cb742dc0ffddb40'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            id: 'bbcf90b838594595ac794ee6cebb0cdd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '93b317bed353405fa55f9cfa4f6b1a01'
                        key: {
                            name: 'var__m_sys_hub_action_input_383026a14ed2468cb480ee844769c2d9'
                            element: 'daily_job_id'
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
                        table: 'sys_hub_action_output'
                        id: '944164f38cf84458b833b2c0a969660f'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '9468df7d86c94472b77a48d3785367d1'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '94b9147bf0c24e56890ce159446b882b'
                        deleted: true
                        key: {
                            model: '92108bf016694aa080d60d0ab72e11a4'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '94f80aeef7b24a8c8e28bc423a106977'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: 'error_code'
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
                        table: 'sys_hub_step_ext_output'
                        id: '95ee6ea3ceb848e9b2f1b7cb7813759e'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '96199a52fbd64f5ea8b035d500cc2820'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'action_row'
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
                        id: '96ca98abf0f1447f823df27768c8c313'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: 'error_code'
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
                        table: 'sys_hub_action_output'
                        id: '9755968cb7fa4c62b6128bc64f1ef1db'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '97655e134dd2471482215ae394951360'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '97c8367112ab49a089a724b5f3561fbc'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '97ee47c053ab4b44acf621ff117de6b5'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '97f763aa1787437985a3efa1f5491fc1'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'frequency'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '9805f4a8002d47eabb9be81a11377dce'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '9875b5c524624971ad15f3529cea02d3'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'server'
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
                        table: 'sys_hub_action_output'
                        id: '99af72b77c7f4311b2741df2348cffa6'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9a012d621a324884a81c40030a1bfc65'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            id: '7a8d0740aa484c06952a1b86ad4656e0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9a397f3aeb5a468194e514275381e7ba'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            id: 'b7039f994b254e378640c2c086fbdf54'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '9a3c45f11c4c47198d016ae22034a0d1'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9a5f64315e464384868f17cbf500da94'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_aa9516afe7d649bcb3a72e11b32f95ad'
                            id: 'aa9516afe7d649bcb3a72e11b32f95ad'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9aa0dcfac44442d0b36d93685787915b'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9b03c5a6572a475c855efc8e92adfdac'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            id: '7bd3726660304c06949d4b3c33cf6681'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9b04dbe4bd30408986a277c52122c275'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            id: '0bedb2e369384576a17f24dd7915b37d'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '9b7fa6da5eb449d0bf51ddc7cdd1b784'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9b9317ee47984e069cc747bf93ae5a1f'
                        key: {
                            name: 'var__m_sys_hub_action_input_7bd3726660304c06949d4b3c33cf6681'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9bdebab418694c7787ed9feae497fd42'
                        key: {
                            document_key: '388dfa523277406580940dc85ba6c594'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9c1113620d444390b1bbbbee784d71d7'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            id: 'bbcf90b838594595ac794ee6cebb0cdd'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '9c5d2a99892c43cc9edcd486c2795ccc'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9c74628959774252a382b35901f923d2'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9caa22f96a9b4f11b51979df74200735'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            id: 'f92e6ac62686419d839af2b69f37aa2c'
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
                        table: 'sys_element_mapping'
                        id: '9cca465d1a264c2e9e52f4ec38c8724c'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_f63617c4b14947d091dda481f71da18b'
                            id: 'f63617c4b14947d091dda481f71da18b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d2f7ecdefb341c9ae5b48c4bc6c27c4'
                        key: {
                            document_key: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '9d4677eecb5049f7a3eeff2ba4823560'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9dd24c861c7b4d5994787680a1eccb86'
                        key: {
                            name: 'var__m_sys_hub_action_input_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'daily_job_id'
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
                        table: 'sys_element_mapping'
                        id: '9deb951f43084bf3a45ebad3da3a7a56'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            id: '27850ba56c754a3dbed5dadce563ff81'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '9e17d15ef86342b1a724967cd33729c4'
                        deleted: true
                        key: {
                            model: '92108bf016694aa080d60d0ab72e11a4'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9eb41280176446efa8ce9eb7ea307973'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            id: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '9ec5a1696472419a88e3b0b8f6db6008'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'schedule_name'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '9f148f85ba424da2aa093fca1a488786'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'reason'
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
                        table: 'sys_documentation'
                        id: 'a0a0479e173d403a84716b6fa222403e'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'error_code'
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
                        table: 'sys_hub_action_output'
                        id: 'a0bdc3dcf86a4cb1aa18c004bbce5cd8'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'job_status'
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
                        table: 'sys_hub_action_output'
                        id: 'a1c67bc631d14e21b2ce217ce52f89ae'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'a1cb5be77e444d1ca6d96bdd44ac8f2e'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'a1d3c713c20e4bec91b1e53a2a1e4c9d'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'a1d687c57dce4fb39c596fcc5bdf1585'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'daily_schedule_id'
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
                        id: 'a27d9df7c9084ac68891d82a518d6965'
                        key: {
                            name: 'var__m_sys_hub_action_input_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a2f09b2d07b34a538c5879c41d9bceea'
                        key: {
                            name: 'var__m_sys_hub_action_input_b7039f994b254e378640c2c086fbdf54'
                            element: 'stop_on_error'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: 'a3c46d64da6945cfba4c0689c6e471fd'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            id: 'bbcf90b838594595ac794ee6cebb0cdd'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'a3fa2fc5d5bd43588d379c464b9fb091'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'a40a540d1d6d49b595fb0641dbb6e886'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a4c8791c155c4cd28738e963baff8ae6'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            id: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a4d939c857634aae9319b89bc6144b91'
                        key: {
                            name: 'var__m_sys_hub_action_input_7bd3726660304c06949d4b3c33cf6681'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'a5003e3c5380489db58c2c40b0ac249b'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'daily_schedule_id'
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
                        table: 'sys_hub_action_output'
                        id: 'a5b5441fe203432ba463346c1e62b343'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'a5dae49bf9a3483fb89bdf5bf759efb9'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'server'
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
                        table: 'sys_documentation'
                        id: 'a69143d9771f4f2d8f43b0eb56817bbc'
                        key: {
                            name: 'var__m_sys_hub_action_input_27850ba56c754a3dbed5dadce563ff81'
                            element: 'flow_name'
                            language: 'en'
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
                        id: 'a6fbbdb9924c423fab7afe738e8453f4'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_3c2108f502fc4b89a4815ec63b31cc90'
                            id: '3c2108f502fc4b89a4815ec63b31cc90'
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
                        table: 'sys_hub_action_output'
                        id: 'a772cfd8291e4c72bbbaa16c62771272'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a7f4a50316494bf698a2b5a8ea9ae450'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            id: 'b7039f994b254e378640c2c086fbdf54'
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
                        id: 'a9323409651340459d5d7dfddab7ebe9'
                        key: {
                            name: 'var__m_sys_hub_action_input_27850ba56c754a3dbed5dadce563ff81'
                            element: 'server'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'a956629eac814d519eceeba507158448'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a96504791fec4565adb4fe4a4f645b59'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'succeeded'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_input'
                        id: 'aa23171158df4d95a4ce232cc6cf6afb'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'daily_job_id'
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
                        table: 'sys_documentation'
                        id: 'aa7e98bd54ba4a8ea66e789dfa7aa2f3'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'aaa1d23458bd4e1b89c0a22c19778631'
                        deleted: true
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            id: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aae648dab10b409e8f5afa6ca036b8b8'
                        key: {
                            name: 'var__m_sys_hub_action_input_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'schedule_name'
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
                        table: 'sys_documentation'
                        id: 'ab49869993f64b08a37cfca1f3e54320'
                        key: {
                            name: 'var__m_sys_hub_action_input_b7039f994b254e378640c2c086fbdf54'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab694843c2124e43be7461ea13d57216'
                        key: {
                            document_key: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'abf3603f5f81498c99cf051f595460b6'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ac35ec7ed25f410794ec0a1bc1de05a4'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            id: '7a8d0740aa484c06952a1b86ad4656e0'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'ad55f3c71f944d1fbc425005f2f8065e'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'server'
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
                        id: 'adbd7a478dd34427a758ad719ad9815f'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            id: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
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
                        id: 'aeb5a61b3b814984a56bc53da1ebae9f'
                        deleted: true
                        key: {
                            document_key: '92108bf016694aa080d60d0ab72e11a4'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aefe411db05f4cf68585fe162f58f848'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'af4220c6288b40cb91b8e24af4d5ba8c'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'afdfd35be8bf4c519b5fb8a4815ce9b8'
                        key: {
                            name: 'var__m_sys_hub_action_input_7bd3726660304c06949d4b3c33cf6681'
                            element: 'server'
                            language: 'en'
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
                        id: 'b0577924426d4a4f98dbe6ef76633a96'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b07727d5669947b9b67c8ebdcf5aaae5'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'opcon_status'
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
                        table: 'sys_element_mapping'
                        id: 'b0c7b8eceffc4d3696f9c4c88f068ebc'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            id: '7bd3726660304c06949d4b3c33cf6681'
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
                        table: 'sys_hub_action_output'
                        id: 'b1ab6175de9f4b0d91eaafb510419eec'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'error_code'
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
                        table: 'sys_hub_step_ext_input'
                        id: 'b1e7fc694d654de9aeea244ff414fc41'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'daily_job_id'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'b20d18cd23fa4c30a121b62014248dbb'
                        deleted: true
                        key: {
                            model: '92108bf016694aa080d60d0ab72e11a4'
                            element: 'action_row'
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
                        table: 'sys_element_mapping'
                        id: 'b2a0e6deadb64f9189f25164ac88c11d'
                        key: {
                            field: 'frequency'
                            table: 'var__m_sys_hub_step_ext_input_fd62ca742e11469f8613bced0b247d37'
                            id: 'fd62ca742e11469f8613bced0b247d37'
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
                        table: 'sys_hub_action_output'
                        id: 'b34463f47c8e495881ab7f5d084ba287'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b3df77bed676438f88107e438eaec192'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b429de672f79480a8cf7c79e4266737b'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b4664cdad805411082670d157d0f40eb'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'opcon_status'
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
                        table: 'sys_hub_action_output'
                        id: 'b510398c3326414dac8110a5df538695'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b52bdf7b09e74985b7f0104e73c16945'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'opcon_message'
                            language: 'en'
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
                        id: 'b58f508bad94422eaf6496ab46c3041f'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: 'job_status'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: 'b5ba0cb2a1ab4a1e8cc79303aa711274'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b69cb1c1790243fb852121619a36c08e'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b6b18b3dbdeb4de18b017310937a4a95'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b6d35a0231f34c28a3d6445727d99a20'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_fd62ca742e11469f8613bced0b247d37'
                            id: 'fd62ca742e11469f8613bced0b247d37'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b724fe9da8af41b58656f746ea617541'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b77543acea584bbfa169b6fcb69d8135'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'job_status'
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
                        table: 'sys_element_mapping'
                        id: 'b863b6c1617c45cd9217a54e389d347a'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            id: 'b7039f994b254e378640c2c086fbdf54'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b8b73c1c8bdc42a2b0b7ef7fa5c83fa2'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b8e4206bdde74d449971fb7316b5b861'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'b95bea3e3fd74cf68a4f4e6b79e179f9'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'pending'
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
                        table: 'sys_hub_action_input'
                        id: 'ba11273f4ccd41aca80c32a904476ac4'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'flow_name'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'bae296a668c942eaaf82b2be568896a9'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'error_code'
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
                        table: 'sys_hub_action_output'
                        id: 'bb275c25212f4bd9986e16df7f58fa50'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'bb96389e71b74cd29815d18b9658e5e5'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'bbd8225d293544a0a9c4bda8bf03a994'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'bbf57854a9da44fcaf739865c35968b4'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bbf80193ebf942fc8ac8a33779f35ff8'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_fc700778b3b14cf7a1c6d2e639915c9b'
                            id: 'fc700778b3b14cf7a1c6d2e639915c9b'
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
                        table: 'sys_hub_step_ext_input'
                        id: 'bc609e130dd84469b940e51cdb3e4b7a'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'server'
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
                        table: 'sys_hub_action_input'
                        id: 'be55e2eff3b647c3b67fd44de55ab2ad'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be57823c94aa4fe7a9cd132cc7a582d0'
                        key: {
                            document_key: 'fd62ca742e11469f8613bced0b247d37'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'bea83c52ab124c0388ae712671374e19'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'beb7fa45c5294651a62102e919e22ff5'
                        key: {
                            document_key: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
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
                        table: 'sys_element_mapping'
                        id: 'bf1b8bdc143f40a698aecbc6d26d351c'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            id: '7a8d0740aa484c06952a1b86ad4656e0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bf22385e609f4244b7191d62ee8e116b'
                        key: {
                            name: 'var__m_sys_hub_action_input_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'reason'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: 'bf9e65159ea04903b946be47546c59a0'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bfcaa5f68bc84089aa5255b9926373e5'
                        key: {
                            name: 'var__m_sys_hub_action_input_0bedb2e369384576a17f24dd7915b37d'
                            element: 'stop_on_error'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: 'c07a3290410e40b690608702b7489e9b'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_097305c9deac430187d2f292f9335887'
                            id: '097305c9deac430187d2f292f9335887'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'c0b4eb3d13c34522a399633a2e346bea'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'job_status'
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
                        table: 'sys_hub_action_input'
                        id: 'c1a4deef20674b51b0c57cdcdf45eacd'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'c1bbc5d937e246d3bcd01af0e3f846f7'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c209a3eca1484d43bf81f0354abc1874'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c22ba4a6c100469fa33276c4ddb4e0ff'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            id: 'f92e6ac62686419d839af2b69f37aa2c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c2bcd19709844a79b3ef41a44159bbb8'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'opcon_message'
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
                        table: 'sys_documentation'
                        id: 'c3817d0182f84181b732df5e55416a83'
                        key: {
                            name: 'var__m_sys_hub_action_input_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'c3abca5b7f044b0cb21f7f199aef81f6'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c3e2e7c2770f4cca9fad9ee1f6b1126a'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'action_row'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'c3f8fb02556c40c2ad72517af89208ab'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c41e5577d09345359cf2237ff821a757'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: 'succeeded'
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
                        table: 'sys_element_mapping'
                        id: 'c4eb6f161e104cb3afcde4832a5bff6b'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            id: '0bedb2e369384576a17f24dd7915b37d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c513042c83984befa2718d9e6294bfa5'
                        key: {
                            name: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'c527eee95b7c44e28ee78663de78881e'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'c5967c1bd85b47589621a8617cc3ac62'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'pending'
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
                        table: 'sys_documentation'
                        id: 'c5e788d6ee76474bbcf1ea06284082bb'
                        key: {
                            name: 'var__m_sys_hub_action_input_027e23196f454a1e9298132bb301c0b3'
                            element: 'reason'
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
                        id: 'c6596e9c09cf47f6987d17f8b99485c6'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'daily_schedule_id'
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
                        table: 'sys_hub_step_ext_input'
                        id: 'c743e5e8546e4778a30e785c0213048f'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'schedule_name'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'c7b918fafe2b4a5587b20fc52976466f'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c7fbe708ff1549c594a6bab973c7181d'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: 'pending'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: 'c8ce896c0a3d40969a0d15441b054479'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_3c2108f502fc4b89a4815ec63b31cc90'
                            id: '3c2108f502fc4b89a4815ec63b31cc90'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c959bea9a38e48f8ad87baab28943f4c'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'daily_schedule_id'
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
                        table: 'sys_documentation'
                        id: 'ca5ab1dd4d1d463d879e8c4ad5b8aa90'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: 'job_status'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: 'ca9ad373a52d446b8be380b3b3528646'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'action_row'
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
                        table: 'sys_hub_action_input'
                        id: 'cad3e0b1044644748117580cfbbb7290'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'caf08e07c38744088a2809cdc912fa22'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            id: 'b7039f994b254e378640c2c086fbdf54'
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
                        id: 'cc8c27ca7c3043949b9ef470414f0784'
                        key: {
                            document_key: '6370354060e64f3db9076e2f3a077448'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cca20a9cb3bc4e859908b194d1704b2a'
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_388dfa523277406580940dc85ba6c594'
                            id: '388dfa523277406580940dc85ba6c594'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cca6e51a57ad4dd4820308fe19ffb1c7'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            id: '383026a14ed2468cb480ee844769c2d9'
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
                        table: 'sys_hub_action_output'
                        id: 'cccd617c32874fe7a0289f1ed899573c'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ccf8927eca324d318181d874b2aea667'
                        key: {
                            field: 'date'
                            table: 'var__m_sys_hub_step_ext_input_eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            id: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
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
                        table: 'sys_hub_action_output'
                        id: 'cda9ab6e42ee4abc837d778f56d7d053'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'daily_schedule_id'
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
                        table: 'sys_hub_action_input'
                        id: 'ce10bc0501624ef4ae1b8c253e7efd68'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'ce123656a0d5441692362dae6c55281a'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce17597242b448e1aa42363e0b985c87'
                        key: {
                            name: 'var__m_sys_hub_action_input_27850ba56c754a3dbed5dadce563ff81'
                            element: 'stop_on_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'ce46e11afd6c4a32bf4d53687cd10da2'
                        deleted: true
                        key: {
                            model: '3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'cf4ec44f6b0d4b279f86d430b31c1055'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'server'
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
                        id: 'cfca9b36627d4af4828af54cdd7aa1a4'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: '__action_status__'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'd0019bdccfd147ff8f046889ead0bc3b'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'daily_schedule_id'
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
                        table: 'sys_documentation'
                        id: 'd02d5f8f726b4f6ca3e5189ce2839847'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: 'daily_schedule_id'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: 'd0c46e100f724cdba14a3aeb52b8f37f'
                        key: {
                            field: 'flow_name'
                            table: 'var__m_sys_hub_step_ext_input_eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            id: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd102e35e57ad49cca64d073195895bb7'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            id: 'f92e6ac62686419d839af2b69f37aa2c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd134e1841f044e569e0f84eb9b471dd0'
                        key: {
                            name: 'var__m_sys_hub_action_input_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'flow_name'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: 'd13e7ee775a043f3ac5bd48005d812dd'
                        key: {
                            field: 'schedule_name'
                            table: 'var__m_sys_hub_step_ext_input_eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            id: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'd151a20140de42da92d538ab03efdeb9'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'flow_name'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'd18737f57cdb49e290994acd13b38299'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd207a2de76e34719977aaeca2e1ed26d'
                        key: {
                            document_key: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd23cd4d8777b45a29a34afeda272cd06'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd33eb97022064ba794c88550853b7926'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            id: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd34c727db0e44bb7b694f362d1919448'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd3afe0a25fe44ad3b92a8cf6391b4b66'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            id: '27850ba56c754a3dbed5dadce563ff81'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'd401d9151c994978aa2ec9994016083b'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd403edb2a89d4daeb45a85d2e6b7c9d9'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            id: '0bedb2e369384576a17f24dd7915b37d'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd423e7cd24e44e7eaa74e8e04e97234e'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'job_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd4c118da4dd949bb8d77c19ba12ab7e8'
                        key: {
                            field: 'job_status'
                            table: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            id: 'bbcf90b838594595ac794ee6cebb0cdd'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd4df989ac3374d098471adaf7e347d72'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: '__dont_treat_as_error__'
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
                        table: 'sys_documentation'
                        id: 'd519e169b8f3411faa0274d322d4209e'
                        key: {
                            name: 'var__m_sys_hub_action_input_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'server'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'd56056aa316c49c3a48bb5478fbcb264'
                        key: {
                            model: 'aa9516afe7d649bcb3a72e11b32f95ad'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd59d31b335df4dad897a7eae874dadcb'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'opcon_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5ceb1d3d5e8483995934a9e14db8a67'
                        key: {
                            name: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd5f3bed83e5d414ab7048e9f2bc4a649'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd60f7b0a0c71450d9cfaf260435e09db'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd6289cd534e647bd9bb658baa4eab8d1'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            id: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'd6685ffbf44d45de813353ace0e890dc'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd68ddbd5626f44aea61090561d120dde'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            id: '27850ba56c754a3dbed5dadce563ff81'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd6970c61b3af44d4b5673703c51ba237'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            id: 'f92e6ac62686419d839af2b69f37aa2c'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd6e6d0c633194a0291580597e4dd46a1'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'opcon_message'
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
                        table: 'sys_dictionary'
                        id: 'd717ce1d3d3a4b8a99eeefbda1d57755'
                        key: {
                            name: 'x_opcon_action'
                            element: 'flow_name'
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
                        table: 'sys_documentation'
                        id: 'd77b34cafad1470da697e25fcebd95d9'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd7a668b50e7d4d34bde2f0a53baf49fa'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            id: 'bbcf90b838594595ac794ee6cebb0cdd'
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
                        table: 'sys_element_mapping'
                        id: 'd820e7aa9675492b9a72ef1319e3d823'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            id: '0bedb2e369384576a17f24dd7915b37d'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd8866c4acccd46ee8ab462529f22550e'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'error_code'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'd8f9c602131f4dbb82dbb33feaf33038'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'action_row'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'd979e1bced39485ca085837d90597b59'
                        key: {
                            model: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'd9d7915e67154e7d8c3a5d1dc9da9e66'
                        key: {
                            model: '3c2108f502fc4b89a4815ec63b31cc90'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'da319aae89ba463a9c9f1edbd1d6d8e2'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'da3508279d3044f886a5d19fc77d80b8'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'da37c362956240bfa82e4b509c59a06c'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'db3ee5c924284e44a9fad619687150f1'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            id: '383026a14ed2468cb480ee844769c2d9'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'db6ef214b74d40ab806d7a40d2d92c8a'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'pending'
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
                        id: 'dc1271576f75454ab5b245124556e03e'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_027e23196f454a1e9298132bb301c0b3'
                            id: '027e23196f454a1e9298132bb301c0b3'
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
                        table: 'sys_hub_action_output'
                        id: 'dc917828f3a9498cb28ab575080eec75'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'error_code'
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
                        table: 'sys_hub_action_output'
                        id: 'dcbf8f621ff4466da8c526f60dcc89c0'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'succeeded'
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
                        table: 'sys_hub_action_input'
                        id: 'dd4b4838273f4220a7f5fb1ee2d100f9'
                        key: {
                            model: 'bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'dddced30700c4f288eefc4d228961b6e'
                        key: {
                            model: 'eeb036dc6c6c4f2cb8c9b7dd4b36f9f8'
                            element: 'job_status'
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
                        table: 'sys_hub_action_output'
                        id: 'de5d0106ba1e4a108666925f207d7c19'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: '__action_status__'
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
                        table: 'sys_documentation'
                        id: 'dee82362e87a4a76be61ccbf9cf49e6d'
                        key: {
                            name: 'var__m_sys_hub_action_input_027e23196f454a1e9298132bb301c0b3'
                            element: 'flow_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'dee99496b039495da5f92e90af5d219f'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'df567a41e6d2416daedf663ffa3d6560'
                        key: {
                            field: 'stop_on_error'
                            table: 'var__m_sys_hub_step_ext_input_6370354060e64f3db9076e2f3a077448'
                            id: '6370354060e64f3db9076e2f3a077448'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'df6e60693cbf47c1b9ce37995ef1388f'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'df7aa82e46844126a206e14995efbb09'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'flow_name'
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
                        table: 'sys_element_mapping'
                        id: 'dff91a7af29d42229d68f131c8f6e771'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            id: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
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
                        table: 'sys_element_mapping'
                        id: 'e0c2844771e54f38950730aed690c879'
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_edfebe4ca4934cf2ba4b7f0b4331c3c0'
                            id: 'edfebe4ca4934cf2ba4b7f0b4331c3c0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e0c2d4cd10b34fdda738a2c84b64b84c'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            id: 'b7039f994b254e378640c2c086fbdf54'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e199553dc87a4b90833b2adf3d48932f'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'succeeded'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e1b2d7834c944fac96e61e1cfad02a1b'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'opcon_status'
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
                        table: 'sys_hub_action_output'
                        id: 'e2462cbd80664c26ae79b9fb0cd5917f'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'e2500f30d70740b69dba72185314dbfe'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'e294b48429774a669bc404809c9accdf'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e2a9f6a874244818acfb3c9129aa5148'
                        key: {
                            name: 'var__m_sys_hub_action_output_bbcf90b838594595ac794ee6cebb0cdd'
                            element: 'job_status'
                            language: 'en'
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
                        id: 'e3412accf0204b168d93d5698a1d9c80'
                        key: {
                            name: 'var__m_sys_hub_action_input_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3444ae6bf69438b8deeff5574222b72'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3614d76b45241b2ba3d92b9bc9ebc00'
                        key: {
                            name: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'e3f0c9f495b74a7fada74f4cf29d3c0a'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'job_name'
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
                        table: 'sys_hub_action_output'
                        id: 'e4222e93dfa544aba0113820407fc661'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'opcon_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e435f0898b21450f9b3e0a42bd69cf0d'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'e4a7d8ec4f6e4f7ba1740fd3b5793235'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'e4c6a1c2ddb640e6a9ef140cee799133'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e4c7d5cc60bb4f9bb9bc0f9d8cf7919a'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_0bedb2e369384576a17f24dd7915b37d'
                            id: '0bedb2e369384576a17f24dd7915b37d'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'e5399aaf9cfc4d2abc2aa4bea8c41562'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'e5494d4ee8f64779bf71a080e34f36d3'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'e595dca19beb486fb4ae8d483ba8b96d'
                        key: {
                            model: 'b7039f994b254e378640c2c086fbdf54'
                            element: 'opcon_status'
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
                        table: 'sys_documentation'
                        id: 'e5c059458d534dcbb3ea017e3c44ea95'
                        key: {
                            name: 'x_opcon_action'
                            element: 'completed_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e5d9cb47ec18497a8a5d9a680667615f'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            id: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'e5e9bc4dbbb54a23b34275a77b36c3e1'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'error_message'
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
                        id: 'e63ce34cbd9f4af38504d8691ec077f7'
                        deleted: true
                        key: {
                            name: 'var__m_sys_hub_action_output_3ff2c217068a4f58aeb3cc24f5b2b9d9'
                            element: 'succeeded'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'e6bef8c3a43f4be19b64e13414d89c1a'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'e832b559b319496bbb3c794addb9d5d6'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'daily_job_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'e8433176656f4d44ad93958ddadf84b2'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'error_message'
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
                        table: 'sys_hub_action_output'
                        id: 'e99067fd62204865b46a378facaeaa3b'
                        key: {
                            model: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e9b669db78354b71acb44466df02fd01'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            id: '7a8d0740aa484c06952a1b86ad4656e0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e9e16ee852ae4a5eb7951265bf4b35c5'
                        key: {
                            name: 'var__m_sys_hub_action_input_0bedb2e369384576a17f24dd7915b37d'
                            element: 'daily_schedule_id'
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
                        table: 'sys_hub_action_output'
                        id: 'eaa8a09a70c24a62a389191442f5075a'
                        key: {
                            model: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eb08655a123445b2a5f9451df15bfe08'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_7bd3726660304c06949d4b3c33cf6681'
                            id: '7bd3726660304c06949d4b3c33cf6681'
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
                        table: 'sys_hub_action_output'
                        id: 'eb64a14f348245d2bc32ef9c1e94eddf'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eb7f32336a3243c0bf7630effced0f84'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'daily_schedule_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eb9990a3cd48451e947f0798af53164d'
                        key: {
                            field: 'succeeded'
                            table: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            id: '383026a14ed2468cb480ee844769c2d9'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'ebd3379cc8e1493b96e482f69defcfde'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec1dcc11bf4d4cfc8decf88545f4043b'
                        key: {
                            document_key: '3c2108f502fc4b89a4815ec63b31cc90'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ec928a32324a49429d91e254217b6251'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'action_row'
                            language: 'en'
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
                        id: 'ed0ce57da29f4368b616ef7ba23427b6'
                        key: {
                            document_key: '7c7b1bb403804eae8fd8b812922db2a8'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'ed57065b2a24471fa8159192ce91a559'
                        key: {
                            model: '7a8d0740aa484c06952a1b86ad4656e0'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'ed5e07e912b44f69854c00cca2607822'
                        key: {
                            model: '6370354060e64f3db9076e2f3a077448'
                            element: 'stop_on_error'
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
                        id: 'edbd8cd9070e47e48cea99406ddc932b'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_step_ext_input_fd62ca742e11469f8613bced0b247d37'
                            id: 'fd62ca742e11469f8613bced0b247d37'
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
                        id: 'eeb3efb5131f43ff85fc6bbe11277e5b'
                        key: {
                            field: 'opcon_message'
                            table: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            id: '7a8d0740aa484c06952a1b86ad4656e0'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'eef353fc4d594df9a2204cf000e08595'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'action_row'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'eef44f8e884a482dbafcfacda4ee64b0'
                        key: {
                            model: '7c7b1bb403804eae8fd8b812922db2a8'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eefb147b87484dc7905b7cde5e7989ef'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_step_ext_input_097305c9deac430187d2f292f9335887'
                            id: '097305c9deac430187d2f292f9335887'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef2ce711193b4acebe4e8d627e97b03c'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            id: '383026a14ed2468cb480ee844769c2d9'
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
                        table: 'sys_documentation'
                        id: 'effa9fea76594722a051a5e34386f686'
                        key: {
                            name: 'var__m_sys_hub_action_input_27850ba56c754a3dbed5dadce563ff81'
                            element: 'daily_job_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f0123d9a903b403094d7ddc8326e2eb1'
                        deleted: true
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_92108bf016694aa080d60d0ab72e11a4'
                            id: '92108bf016694aa080d60d0ab72e11a4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f049e7fba15142df99f44b9c6a75c2d9'
                        key: {
                            field: 'opcon_status'
                            table: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            id: '2d508b3b05c242a2b6bc6b2de6a42d0f'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f07fa74af07f4cb2be8f5620ae5978f4'
                        key: {
                            name: 'var__m_sys_hub_action_output_f92e6ac62686419d839af2b69f37aa2c'
                            element: 'error_message'
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
                        table: 'sys_hub_action_output'
                        id: 'f0d875e95d0347b49f451d0806970704'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'daily_schedule_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f0ed8b1869384d339fc39f518e8d6267'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'error_code'
                            language: 'en'
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
                        table: 'sys_hub_step_ext_input'
                        id: 'f153cfd953b54286b8e4635a33970267'
                        key: {
                            model: '097305c9deac430187d2f292f9335887'
                            element: 'daily_job_id'
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
                        table: 'sys_hub_action_input'
                        id: 'f25aa57159a8477f9ecce158687116d6'
                        key: {
                            model: 'f92e6ac62686419d839af2b69f37aa2c'
                            element: 'stop_on_error'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f26d3f5a10b64964b49462d60327cd44'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'job_status'
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
                        table: 'sys_dictionary'
                        id: 'f3e0d40223d149af8ac55ab6ac3aeae6'
                        key: {
                            name: 'x_opcon_template'
                            element: 'category'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f436e8a5708d4540beadcaf98a02bacc'
                        key: {
                            name: 'var__m_sys_hub_action_output_27850ba56c754a3dbed5dadce563ff81'
                            element: 'action_row'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f45d500c50914b13afeee5c9e4ef30ff'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'pending'
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
                        table: 'sys_documentation'
                        id: 'f561bbc1f36c4de1868e9e4c143ab22b'
                        key: {
                            name: 'var__m_sys_hub_action_output_7a8d0740aa484c06952a1b86ad4656e0'
                            element: '__dont_treat_as_error__'
                            language: 'en'
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
                        table: 'sys_hub_action_output'
                        id: 'f5a991ae4b6343cc8e3356f7371fb9a8'
                        key: {
                            model: '27850ba56c754a3dbed5dadce563ff81'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f5ecb729201d43df9ace5279ab4ba3a3'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: '__dont_treat_as_error__'
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
                        table: 'sys_element_mapping'
                        id: 'f69ad92197954a19b2b65ad9011abec6'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            id: 'b7039f994b254e378640c2c086fbdf54'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'f7626c9fa5e548448460ef34f1a17efd'
                        key: {
                            model: 'fd62ca742e11469f8613bced0b247d37'
                            element: 'opcon_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f76e579812754577a6dd1134a6cfae55'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: 'action_row'
                            language: 'en'
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
                        table: 'sys_hub_action_input'
                        id: 'f7d4961d4b304fca8e418a30f1dc873e'
                        key: {
                            model: '7bd3726660304c06949d4b3c33cf6681'
                            element: 'daily_job_id'
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
                        table: 'sys_documentation'
                        id: 'f9671ec7c6aa491b80c0d1f96b8cc272'
                        key: {
                            name: 'var__m_sys_hub_action_input_0bedb2e369384576a17f24dd7915b37d'
                            element: 'job_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f985705292564aa29f973a8d1b1e57ef'
                        key: {
                            model: '383026a14ed2468cb480ee844769c2d9'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'f9b6e049f32b4d68b531c79905fbadb9'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'server'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f9e9ec44d1504b63a3fe90c0e8b7f5c8'
                        key: {
                            field: 'daily_job_id'
                            table: 'var__m_sys_hub_step_ext_input_f63617c4b14947d091dda481f71da18b'
                            id: 'f63617c4b14947d091dda481f71da18b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f9eee9a7760f48db9cfe266f53233078'
                        key: {
                            field: 'server'
                            table: 'var__m_sys_hub_step_ext_input_fc700778b3b14cf7a1c6d2e639915c9b'
                            id: 'fc700778b3b14cf7a1c6d2e639915c9b'
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
                        table: 'sys_documentation'
                        id: 'faa1f41e413043568b23657a1f04bc7a'
                        key: {
                            name: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            element: '__action_status__'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'fbe14768861949a984665fd4d43a99db'
                        key: {
                            name: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            element: 'opcon_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fc1b45dcec6a4e82a2cf08e3cfd62d3a'
                        key: {
                            field: 'daily_schedule_id'
                            table: 'var__m_sys_hub_action_output_762e9ec5bb5045dfbbd7cfce4eb2f7ea'
                            id: '762e9ec5bb5045dfbbd7cfce4eb2f7ea'
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
                        table: 'sys_hub_action_output'
                        id: 'fcdc3a88da4f426c8d0247e88258061a'
                        key: {
                            model: '027e23196f454a1e9298132bb301c0b3'
                            element: 'succeeded'
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
                        table: 'sys_element_mapping'
                        id: 'fd745a16caee4b809e1f488d5d9058f7'
                        key: {
                            field: 'action_row'
                            table: 'var__m_sys_hub_step_ext_input_7c7b1bb403804eae8fd8b812922db2a8'
                            id: '7c7b1bb403804eae8fd8b812922db2a8'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'fd8e33da9e14468d9616320128babdd2'
                        key: {
                            model: '388dfa523277406580940dc85ba6c594'
                            element: 'pending'
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
                        table: 'sys_hub_step_ext_input'
                        id: 'fe793f77e39947a9b8db1af76ad5af31'
                        key: {
                            model: 'f63617c4b14947d091dda481f71da18b'
                            element: 'flow_name'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'fe9fcef2e3ee4a85bd2d30b3f8573659'
                        key: {
                            model: 'fc700778b3b14cf7a1c6d2e639915c9b'
                            element: 'succeeded'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fec3aa7ac56b452c808e6cc323df7d07'
                        key: {
                            field: 'pending'
                            table: 'var__m_sys_hub_action_output_383026a14ed2468cb480ee844769c2d9'
                            id: '383026a14ed2468cb480ee844769c2d9'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'fef8ad0f4f65406fb18f650b2c9b875e'
                        key: {
                            model: '0bedb2e369384576a17f24dd7915b37d'
                            element: 'opcon_status'
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
                        table: 'sys_documentation'
                        id: 'ff8502e307bc4178a7125cab2cbb6741'
                        key: {
                            name: 'var__m_sys_hub_action_output_b7039f994b254e378640c2c086fbdf54'
                            element: 'job_status'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'ffe1403da8c84ddcb5009f4b4aaf0ef6'
                        key: {
                            name: 'var__m_sys_hub_action_output_2d508b3b05c242a2b6bc6b2de6a42d0f'
                            element: 'job_status'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
