/* ContextProvider.getValue / getKey with providers ccdk has no L2 for (see app.js). */
#include <ccdk/core.h>

static ccdk_value *obj(ccdk_stack *s, ccdk_kvs kvs)
{
    ccdk_value *o = ccdk_v_object(s);
    for (size_t i = 0; i < kvs.count; i++)
        ccdk_v_set(o, kvs.items[i].key, ccdk_v_string(s, kvs.items[i].value));
    return o;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});

    ccdk_value *zprops = obj(stack, CCDK_KVS({"domainName", "example.com"}));
    ccdk_v_set(zprops, "privateZone", ccdk_v_bool(stack, 0));
    ccdk_value *zone = ccdk_context_provider_get_value(stack, &(ccdk_context_provider_options){
        .provider = "hosted-zone", .props = zprops,
        .dummy_value = obj(stack, CCDK_KVS({"Id", "/hostedzone/DUMMY"}, {"Name", "example.com."}))}, NULL);
    ccdk_cfn_output_new(stack, "ZoneId", &(ccdk_cfn_output_props){.value = ccdk_v_to_string(ccdk_v_get(zone, "Id"))});

    ccdk_value *sgdummy = obj(stack, CCDK_KVS({"securityGroupId", "sg-12345678"}));
    ccdk_v_set(sgdummy, "allowAllOutbound", ccdk_v_bool(stack, 1));
    ccdk_value *sg = ccdk_context_provider_get_value(stack, &(ccdk_context_provider_options){
        .provider = "security-group", .props = obj(stack, CCDK_KVS({"securityGroupName", "web"}, {"vpcId", "vpc-0123"})),
        .dummy_value = sgdummy}, NULL);
    ccdk_cfn_output_new(stack, "SgId", &(ccdk_cfn_output_props){.value = ccdk_v_to_string(ccdk_v_get(sg, "securityGroupId"))});

    ccdk_value *tags = ccdk_v_list(stack);
    ccdk_v_push(tags, ccdk_v_string(stack, "a"));
    ccdk_v_push(tags, ccdk_v_string(stack, "b:c"));
    ccdk_value *deep = ccdk_v_object(stack);
    ccdk_v_set(deep, "on", ccdk_v_bool(stack, 1));
    ccdk_v_set(deep, "n", ccdk_v_number(stack, 3));
    ccdk_value *query = ccdk_v_object(stack);
    ccdk_v_set(query, "tags", tags);
    ccdk_v_set(query, "deep", deep);
    ccdk_value *pprops = obj(stack, CCDK_KVS({"pluginName", "my:plugin"}));
    ccdk_v_set(pprops, "query", query);
    ccdk_value *plugin = ccdk_context_provider_get_value(stack, &(ccdk_context_provider_options){
        .provider = "plugin", .props = pprops, .dummy_value = ccdk_v_string(stack, "plugin-dummy"),
        .must_exist = CCDK_FALSE, .additional_cache_key = "k1"}, NULL);
    ccdk_cfn_output_new(stack, "Plugin", &(ccdk_cfn_output_props){.value = ccdk_v_to_string(plugin)});

    ccdk_cfn_output_new(stack, "Key", &(ccdk_cfn_output_props){
        .value = ccdk_context_provider_get_key(stack, &(ccdk_context_provider_options){
            .provider = "plugin", .props = obj(stack, CCDK_KVS({"pluginName", "x"})),
            .include_environment = CCDK_FALSE})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
