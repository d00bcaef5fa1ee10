// Conformance case 'user-seed-providers': an app as a user writes custom resources with
// SingletonFunction providers: a TableSeed construct (a class of its own) used for three tables of
// two stacks, each declaring the provider with the same uuid (one function per stack, granted write
// on every table it seeds), and a ConfigExport construct on a Python provider shared by its
// instances (PascalCase properties, a service timeout, RETAIN, getAttString in an output, a
// dependency on a seed); cdk.CustomResource as users write it.
'use strict';
const path = require('path');
const { Construct } = require('constructs');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

class TableSeed extends Construct {
  constructor(scope, id, props) {
    super(scope, id);
    const provider = new lambda.SingletonFunction(this, 'Provider', {
      uuid: '4e2f1a5c-9a8b-4c3d-8e7f-1a2b3c4d5e6f',
      lambdaPurpose: 'TableSeedProvider',
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, 'seed-provider')),
      timeout: cdk.Duration.minutes(5),
      description: 'Seeds DynamoDB tables',
    });
    props.table.grantWriteData(provider);
    this.resource = new cdk.CustomResource(this, 'Resource', {
      serviceToken: provider.functionArn,
      resourceType: 'Custom::TableSeed',
      properties: { TableName: props.table.tableName, Items: props.items, Revision: props.revision ?? 1 },
    });
  }
}

class ConfigExport extends Construct {
  constructor(scope, id, props) {
    super(scope, id);
    const provider = new lambda.SingletonFunction(this, 'Provider', {
      uuid: 'b1f0c2d4-7e8a-4b6c-9d0e-2f3a4b5c6d7e',
      lambdaPurpose: 'ConfigExportProvider',
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'app.on_event',
      code: lambda.Code.fromAsset(path.join(__dirname, 'config-provider')),
      timeout: cdk.Duration.seconds(60),
    });
    provider.addToRolePolicy(new iam.PolicyStatement({
      actions: ['ssm:PutParameter', 'ssm:DeleteParameter'],
      resources: [cdk.Stack.of(this).formatArn({ service: 'ssm', resource: 'parameter', resourceName: 'app/*' })],
    }));
    this.resource = new cdk.CustomResource(this, 'Resource', {
      serviceToken: provider.functionArn,
      resourceType: 'Custom::ConfigExport',
      pascalCaseProperties: true,
      serviceTimeout: cdk.Duration.minutes(2),
      removalPolicy: cdk.RemovalPolicy.RETAIN,
      properties: { parameterName: props.name, value: props.value },
    });
    this.parameterName = this.resource.getAttString('Name');
  }
}

const app = new cdk.App();
const catalog = new cdk.Stack(app, 'CatalogData');
const products = new dynamodb.Table(catalog, 'Products', {
  partitionKey: { name: 'sku', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
});
const categories = new dynamodb.Table(catalog, 'Categories', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
});
const productSeed = new TableSeed(catalog, 'ProductSeed', {
  table: products,
  items: [{ sku: { S: 'A-1' }, name: { S: 'Anvil' } }, { sku: { S: 'B-2' }, name: { S: 'Bucket' } }],
  revision: 3,
});
new TableSeed(catalog, 'CategorySeed', { table: categories, items: [{ id: { S: 'tools' } }] });
const exported = new ConfigExport(catalog, 'ProductsTableName', { name: '/app/products-table', value: products.tableName });
exported.node.addDependency(productSeed);
new ConfigExport(catalog, 'CategoriesTableName', { name: '/app/categories-table', value: categories.tableName });
new cdk.CfnOutput(catalog, 'ProductsParameter', { value: exported.parameterName });

const users = new cdk.Stack(app, 'UserData');
const roles = new dynamodb.Table(users, 'Roles', {
  partitionKey: { name: 'role', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
});
new TableSeed(users, 'RoleSeed', { table: roles, items: [{ role: { S: 'admin' } }, { role: { S: 'viewer' } }] });
app.synth();
