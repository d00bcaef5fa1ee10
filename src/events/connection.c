/* connection.c - events.Connection with its Authorization and HttpParameters, and events.ApiDestination
 * (aws-events/lib/connection.ts, api-destination.ts), and their imports. */
#include <string.h>

#include "ccdk/events.h"
#include "internal.h"

struct ccdk_events_connection {
    ccdk__node node;
    const char *name, *arn, *secret_arn;
};

struct ccdk_events_api_destination {
    ccdk__node node;
    const char *name, *arn, *arn_for_policy;
    ccdk_events_connection *connection;
};

static const ccdk__kind kind_connection = {.fqn = "aws-cdk-lib.aws_events.Connection", .class_name = "Connection2"};
static const ccdk__kind kind_imported_connection = {.fqn = "aws-cdk-lib.Resource", .class_name = "ImportedConnection2"};
static const ccdk__kind kind_api_destination = {.fqn = "aws-cdk-lib.aws_events.ApiDestination", .class_name = "ApiDestination2"};
static const ccdk__kind kind_imported_api_destination = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

static const char *const http_methods[] = {NULL, "POST", "GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"};

/* renderHttpParameters: undefined for none, else [{Key, Value, IsValueSecret}] */
static ccdk_value *http_parameters(ccdk_app *app, ccdk_events_http_parameters ps)
{
    size_t n = CCDK__LEN(ps, "http parameters");
    if (!n)
        return NULL;
    ccdk_value *list = ccdk__v_list(app);
    for (size_t i = 0; i < n; i++) {
        ccdk_value *o = ccdk__v_obj(app);
        ccdk__v_set(o, "IsValueSecret", ccdk__v_bool(app, ccdk__tri_true(ps.items[i].secret)));
        ccdk__v_set(o, "Key", ccdk__v_from_string(app, ps.items[i].name ? ps.items[i].name : ""));
        ccdk__v_set(o, "Value", ccdk__v_from_string(app, ps.items[i].value ? ps.items[i].value : ""));
        ccdk__v_push(list, o);
    }
    return list;
}

/* ConnectionHttpParametersProperty {BodyParameters, HeaderParameters, QueryStringParameters} */
static ccdk_value *http_parameters_object(ccdk_app *app, ccdk_events_http_parameters body, ccdk_events_http_parameters header,
                                          ccdk_events_http_parameters query)
{
    ccdk_value *o = ccdk__v_obj(app), *v;
    if ((v = http_parameters(app, body)))
        ccdk__v_set(o, "BodyParameters", v);
    if ((v = http_parameters(app, header)))
        ccdk__v_set(o, "HeaderParameters", v);
    if ((v = http_parameters(app, query)))
        ccdk__v_set(o, "QueryStringParameters", v);
    return o;
}

static ccdk_value *str_or_empty(ccdk_app *app, const char *s) { return ccdk__v_from_string(app, s ? s : ""); }

ccdk_events_connection *ccdk_events_connection_new(void *scope, const char *id, const ccdk_events_connection_props *props)
{
    static const ccdk_events_connection_props none;
    if (!props)
        props = &none;
    const ccdk_events_authorization *a = &props->authorization;
    /* Authorization.oauth checks its method before the connection is made */
    ccdk__node *sn = ccdk__node_of(scope);
    if (sn && a->type == CCDK_EVENTS_AUTHORIZATION_OAUTH && a->http_method != CCDK_EVENTS_HTTP_METHOD_POST &&
        a->http_method != CCDK_EVENTS_HTTP_METHOD_GET && a->http_method != CCDK_EVENTS_HTTP_METHOD_PUT)
        ccdk__unscoped_error(sn->app, "httpMethod must be one of GET, POST, PUT");
    ccdk_events_connection *c = ccdk__construct(ccdk_events_connection, &kind_connection, scope, id);
    ccdk_app *app = c->node.app;
    c->name = c->arn = c->secret_arn = "";
    if (!CCDK__ENUM_OK(c, a->type, ccdk_events_authorization_type, CCDK_EVENTS_AUTHORIZATION_UNSET,
                       CCDK_EVENTS_AUTHORIZATION_OAUTH, "authorization") ||
        !CCDK__ENUM_OK(c, a->http_method, ccdk_events_http_method, CCDK_EVENTS_HTTP_METHOD_UNSET,
                       CCDK_EVENTS_HTTP_METHOD_DELETE, "httpMethod"))
        return c;
    if (!a->type) {
        ccdk__error(c, "authorization is required");
        return c;
    }
    ccdk_value *auth = ccdk__v_obj(app);
    const char *type = "API_KEY";
    if (a->type == CCDK_EVENTS_AUTHORIZATION_API_KEY) {
        ccdk_value *k = ccdk__v_obj(app);
        ccdk__v_set(k, "ApiKeyName", str_or_empty(app, a->api_key_name));
        ccdk__v_set(k, "ApiKeyValue", str_or_empty(app, a->api_key_value));
        ccdk__v_set(auth, "ApiKeyAuthParameters", k);
    } else if (a->type == CCDK_EVENTS_AUTHORIZATION_BASIC) {
        type = "BASIC";
        ccdk_value *b = ccdk__v_obj(app);
        ccdk__v_set(b, "Password", str_or_empty(app, a->password));
        ccdk__v_set(b, "Username", str_or_empty(app, a->username));
        ccdk__v_set(auth, "BasicAuthParameters", b);
    }
    /* AuthParametersProperty in its template order (tree.json's: gen-tree-props-table.js) */
    if (CCDK__LEN(props->body_parameters, "body_parameters") || CCDK__LEN(props->header_parameters, "header_parameters") ||
        CCDK__LEN(props->query_string_parameters, "query_string_parameters"))
        ccdk__v_set(auth, "InvocationHttpParameters", http_parameters_object(app, props->body_parameters, props->header_parameters,
                                                                             props->query_string_parameters));
    if (a->type == CCDK_EVENTS_AUTHORIZATION_OAUTH) {
        type = "OAUTH_CLIENT_CREDENTIALS";
        ccdk_value *o = ccdk__v_obj(app), *cp = ccdk__v_obj(app);
        ccdk__v_set(o, "AuthorizationEndpoint", str_or_empty(app, a->authorization_endpoint));
        ccdk__v_set(cp, "ClientID", str_or_empty(app, a->client_id));
        ccdk__v_set(cp, "ClientSecret", str_or_empty(app, a->client_secret));
        ccdk__v_set(o, "ClientParameters", cp);
        if (a->http_method)
            ccdk__v_set(o, "HttpMethod", ccdk__v_str(app, http_methods[a->http_method]));
        ccdk__v_set(o, "OAuthHttpParameters",
                    http_parameters_object(app, a->body_parameters, a->header_parameters, a->query_string_parameters));
        ccdk__v_set(auth, "OAuthParameters", o);
    }
    ccdk_cfn_resource *r = ccdk__l1(c, "Connection", "AWS::Events::Connection", "aws-cdk-lib.aws_events.CfnConnection");
    ccdk__res_set(r, "AuthParameters", auth);
    ccdk__res_set(r, "AuthorizationType", ccdk__v_str(app, type));
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    if (props->connection_name)
        ccdk__res_set(r, "Name", ccdk__v_from_string(app, props->connection_name));
    c->name = ccdk__resource_env_attribute(c, r, NULL, ccdk__physical_name(props->connection_name));
    c->arn = ccdk_cfn_resource_get_att(r, "Arn");
    c->secret_arn = ccdk_cfn_resource_get_att(r, "SecretArn");
    return c;
}

ccdk_events_connection *ccdk_events_connection_from_connection_attributes(void *scope, const char *id,
                                                                          const ccdk_events_connection_attributes *attrs)
{
    ccdk_events_connection *c = ccdk__construct(ccdk_events_connection, &kind_imported_connection, scope, id);
    ccdk_app *app = c->node.app;
    c->name = ccdk__strdup(app, attrs && attrs->connection_name ? attrs->connection_name : "");
    c->arn = ccdk__strdup(app, attrs && attrs->connection_arn ? attrs->connection_arn : "");
    c->secret_arn = ccdk__strdup(app, attrs && attrs->connection_secret_arn ? attrs->connection_secret_arn : "");
    return c;
}

ccdk_events_connection *ccdk_events_connection_from_event_bus_arn(void *scope, const char *id, const char *connection_arn,
                                                                  const char *connection_secret_arn)
{
    ccdk__node *sn = ccdk__node_of(scope);
    const char *name = sn && connection_arn ? ccdk__arn_slash_resource_name(sn, connection_arn) : "";
    return ccdk_events_connection_from_connection_attributes(scope, id, &(ccdk_events_connection_attributes){
        .connection_name = name, .connection_arn = connection_arn, .connection_secret_arn = connection_secret_arn});
}

const char *ccdk_events_connection_name(ccdk_events_connection *c) { return ccdk__handle_ok(c, __func__) ? c->name : NULL; }
const char *ccdk_events_connection_arn(ccdk_events_connection *c) { return ccdk__handle_ok(c, __func__) ? c->arn : NULL; }
const char *ccdk_events_connection_secret_arn(ccdk_events_connection *c)
{
    return ccdk__handle_ok(c, __func__) ? c->secret_arn : NULL;
}

ccdk_events_api_destination *ccdk_events_api_destination_new(void *scope, const char *id,
                                                             const ccdk_events_api_destination_props *props)
{
    ccdk_events_api_destination *d = ccdk__construct(ccdk_events_api_destination, &kind_api_destination, scope, id);
    ccdk_app *app = d->node.app;
    static const ccdk_events_api_destination_props none;
    if (!props)
        props = &none;
    d->name = d->arn = d->arn_for_policy = "";
    if (!CCDK__ENUM_OK(d, props->http_method, ccdk_events_http_method, CCDK_EVENTS_HTTP_METHOD_UNSET,
                       CCDK_EVENTS_HTTP_METHOD_DELETE, "httpMethod"))
        return d;
    if (!props->connection || !ccdk__handle_ok(props->connection, __func__)) {
        ccdk__error(d, "connection is required");
        return d;
    }
    if (!props->endpoint) {
        ccdk__error(d, "endpoint is required");
        return d;
    }
    d->connection = props->connection;
    ccdk_cfn_resource *r = ccdk__l1(d, "ApiDestination", "AWS::Events::ApiDestination", "aws-cdk-lib.aws_events.CfnApiDestination");
    ccdk__res_set(r, "ConnectionArn", ccdk__v_from_string(app, props->connection->arn));
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    ccdk__res_set(r, "HttpMethod", ccdk__v_str(app, http_methods[props->http_method ? props->http_method : CCDK_EVENTS_HTTP_METHOD_POST]));
    ccdk__res_set(r, "InvocationEndpoint", ccdk__v_from_string(app, props->endpoint));
    if (props->rate_limit_per_second.set)
        ccdk__res_set(r, "InvocationRateLimitPerSecond", ccdk__v_opt_num(app, props->rate_limit_per_second));
    if (props->api_destination_name)
        ccdk__res_set(r, "Name", ccdk__v_from_string(app, props->api_destination_name));
    d->name = ccdk__resource_env_attribute(d, r, NULL, ccdk__physical_name(props->api_destination_name));
    d->arn = ccdk_cfn_resource_get_att(r, "Arn");
    d->arn_for_policy = ccdk_cfn_resource_get_att(r, "ArnForPolicy");
    return d;
}

ccdk_events_api_destination *ccdk_events_api_destination_from_api_destination_attributes(
    void *scope, const char *id, const ccdk_events_api_destination_attributes *attrs)
{
    ccdk__node *sn = ccdk__node_of(scope);
    const char *arn = attrs && attrs->api_destination_arn ? attrs->api_destination_arn : "";
    /* NULL: not an ARN (splitArn's error, recorded); "": none in it */
    const char *name = sn ? ccdk__arn_slash_resource_name(sn, arn) : "";
    if (sn && name && !*name)
        ccdk__unscoped_error(sn->app, "Could not extract Api Destionation name from ARN: '%s'", arn);
    ccdk_events_api_destination *d = ccdk__construct(ccdk_events_api_destination, &kind_imported_api_destination, scope, id);
    ccdk_app *app = d->node.app;
    d->arn = ccdk__strdup(app, arn);
    d->name = name ? name : "";
    d->arn_for_policy = attrs && attrs->api_destination_arn_for_policy ? ccdk__strdup(app, attrs->api_destination_arn_for_policy) : NULL;
    d->connection = attrs ? attrs->connection : NULL;
    return d;
}

const char *ccdk_events_api_destination_name(ccdk_events_api_destination *d) { return ccdk__handle_ok(d, __func__) ? d->name : NULL; }
const char *ccdk_events_api_destination_arn(ccdk_events_api_destination *d) { return ccdk__handle_ok(d, __func__) ? d->arn : NULL; }
const char *ccdk_events_api_destination_arn_for_policy(ccdk_events_api_destination *d)
{
    return ccdk__handle_ok(d, __func__) ? d->arn_for_policy : NULL;
}
ccdk_events_connection *ccdk_events_api_destination_connection(ccdk_events_api_destination *d)
{
    return ccdk__handle_ok(d, __func__) ? d->connection : NULL;
}
