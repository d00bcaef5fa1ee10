/* Conformance case 'user-seed-providers': an app as a user writes custom resources with
 * SingletonFunction providers: a TableSeed construct (a class of its own) used for three tables of
 * two stacks, each declaring the provider with the same uuid (one function per stack, granted write
 * on every table it seeds), and a ConfigExport construct on a Python provider shared by its
 * instances (PascalCase properties, a service timeout, RETAIN, getAttString in an output, a
 * dependency on a seed); cdk.CustomResource as users write it. */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_singleton.h>

typedef struct {
    ccdk_construct *node;
    ccdk_custom_resource *resource;
} table_seed;

static table_seed table_seed_new(ccdk_stack *scope, const char *id, ccdk_dynamodb_table *table, const char *items_json, double revision)
{
    table_seed self = {.node = ccdk_construct_new(scope, id)};
    ccdk_lambda_singleton_function *provider = ccdk_lambda_singleton_function_new(self.node, "Provider", &(ccdk_lambda_singleton_function_props){
        .uuid = "4e2f1a5c-9a8b-4c3d-8e7f-1a2b3c4d5e6f",
        .lambda_purpose = "TableSeedProvider",
        .function = {
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(self.node, "seed-provider", NULL),
            .timeout = ccdk_duration_minutes(5),
            .description = "Seeds DynamoDB tables",
        },
    });
    ccdk_dynamodb_table_grant_write_data(table, provider);
    ccdk_value *properties = ccdk_v_object(self.node);
    ccdk_v_set(properties, "TableName", ccdk_v_string(self.node, ccdk_dynamodb_table_name(table)));
    ccdk_v_set(properties, "Items", ccdk_v_json(self.node, items_json));
    ccdk_v_set(properties, "Revision", ccdk_v_number(self.node, revision ? revision : 1));
    self.resource = ccdk_custom_resource_new(self.node, "Resource", &(ccdk_custom_resource_props){
        .service_token = ccdk_lambda_ifunction_arn(provider),
        .resource_type = "Custom::TableSeed",
        .properties = properties,
    });
    return self;
}

typedef struct {
    ccdk_construct *node;
    ccdk_custom_resource *resource;
    const char *parameter_name;
} config_export;

static config_export config_export_new(ccdk_stack *scope, const char *id, const char *name, const char *value)
{
    config_export self = {.node = ccdk_construct_new(scope, id)};
    ccdk_lambda_singleton_function *provider = ccdk_lambda_singleton_function_new(self.node, "Provider", &(ccdk_lambda_singleton_function_props){
        .uuid = "b1f0c2d4-7e8a-4b6c-9d0e-2f3a4b5c6d7e",
        .lambda_purpose = "ConfigExportProvider",
        .function = {
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
            .handler = "app.on_event",
            .code = ccdk_lambda_code_from_asset(self.node, "config-provider", NULL),
            .timeout = ccdk_duration_seconds(60),
        },
    });
    ccdk_lambda_function_add_to_role_policy(ccdk_lambda_singleton_function_lambda(provider),
                                            ccdk_iam_policy_statement_new(self.node, &(ccdk_iam_policy_statement_props){
                                                .actions = CCDK_STRS("ssm:PutParameter", "ssm:DeleteParameter"),
                                                .resources = CCDK_STRS(ccdk_stack_format_arn(scope, "ssm", "parameter", "/", "app/*")),
                                            }));
    ccdk_value *properties = ccdk_v_object(self.node);
    ccdk_v_set(properties, "parameterName", ccdk_v_string(self.node, name));
    ccdk_v_set(properties, "value", ccdk_v_string(self.node, value));
    self.resource = ccdk_custom_resource_new(self.node, "Resource", &(ccdk_custom_resource_props){
        .service_token = ccdk_lambda_ifunction_arn(provider),
        .resource_type = "Custom::ConfigExport",
        .pascal_case_properties = CCDK_TRUE,
        .service_timeout = ccdk_duration_minutes(2),
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
        .properties = properties,
    });
    self.parameter_name = ccdk_custom_resource_get_att_string(self.resource, "Name");
    return self;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *catalog = ccdk_stack_new(app, "CatalogData", NULL);
    ccdk_dynamodb_table *products = ccdk_dynamodb_table_new(catalog, "Products", &(ccdk_dynamodb_table_props){
        .partition_key = {"sku", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
    });
    ccdk_dynamodb_table *categories = ccdk_dynamodb_table_new(catalog, "Categories", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
    });
    table_seed product_seed = table_seed_new(catalog, "ProductSeed", products,
                                             "[{\"sku\": {\"S\": \"A-1\"}, \"name\": {\"S\": \"Anvil\"}},"
                                             " {\"sku\": {\"S\": \"B-2\"}, \"name\": {\"S\": \"Bucket\"}}]",
                                             3);
    table_seed_new(catalog, "CategorySeed", categories, "[{\"id\": {\"S\": \"tools\"}}]", 0);
    config_export exported = config_export_new(catalog, "ProductsTableName", "/app/products-table", ccdk_dynamodb_table_name(products));
    ccdk_node_add_dependency(exported.node, product_seed.node);
    config_export_new(catalog, "CategoriesTableName", "/app/categories-table", ccdk_dynamodb_table_name(categories));
    ccdk_cfn_output_new(catalog, "ProductsParameter", &(ccdk_cfn_output_props){.value = exported.parameter_name});

    ccdk_stack *users = ccdk_stack_new(app, "UserData", NULL);
    ccdk_dynamodb_table *roles = ccdk_dynamodb_table_new(users, "Roles", &(ccdk_dynamodb_table_props){
        .partition_key = {"role", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
    });
    table_seed_new(users, "RoleSeed", roles, "[{\"role\": {\"S\": \"admin\"}}, {\"role\": {\"S\": \"viewer\"}}]", 0);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
