// Conformance case 'user-blue-stage-exports': an app as a CDK user writes it, not shaped to one
// feature: a media indexer deployed in a Blue stage nested in a Prod stage (env). A Data stack
// holds a table with a stream, a bucket and a retained two-architecture layer shared with the
// organization; a Compute stack's Python function uses all three (cross-stack references: exports),
// reads the stream (DynamoEventSource), keeps its currentVersion (retained, no retries) behind a
// `prod` alias with provisioned concurrency and an IAM Function URL with CORS, and grants a role
// invoke and invoke-URL on the alias. An Edge stack, made before the Compute stack, and an Audit
// stack, made after it, output the URL and the current version's number: the export of the
// version's attribute is named after its logical id as aws-cdk-lib resolves it when the reference
// is met (Edge's: before Compute's own references have their imports, so with another hash of the
// function than the one in the template; Audit's: with the final hash, a second export). Tags on
// both stages (an excluded resource type, a priority).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const prod = new cdk.Stage(app, 'Prod', { env: { account: '222222222222', region: 'us-east-1' } });
const blue = new cdk.Stage(prod, 'Blue');

const data = new cdk.Stack(blue, 'Data', { terminationProtection: true });
const table = new dynamodb.Table(data, 'Media', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  stream: dynamodb.StreamViewType.NEW_IMAGE,
});
const bucket = new s3.Bucket(data, 'Output');
const layer = new lambda.LayerVersion(data, 'MediaLayer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  compatibleArchitectures: [lambda.Architecture.ARM_64, lambda.Architecture.X86_64],
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
layer.addPermission('Organization', { accountId: '*', organizationId: 'o-a1b2c3d4e5' });

const edge = new cdk.Stack(blue, 'Edge', { env: { region: 'us-east-1' } });
const compute = new cdk.Stack(blue, 'Compute');
const indexer = new lambda.Function(compute, 'Indexer', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'indexer.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'handlers')),
  layers: [layer],
  environment: { TABLE: table.tableName, BUCKET_ARN: bucket.bucketArn },
  currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN, retryAttempts: 0 },
});
indexer.addEventSource(new sources.DynamoEventSource(table, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 50,
  retryAttempts: 2,
}));
bucket.grantPut(indexer, 'out/*');
table.grantReadData(indexer);
const alias = indexer.addAlias('prod', { provisionedConcurrentExecutions: 1 });
const url = alias.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.AWS_IAM,
  cors: { allowedOrigins: ['https://media.example.com'], allowedMethods: [lambda.HttpMethod.GET] },
});
const reader = new iam.Role(compute, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
alias.grantInvokeUrl(reader);
alias.grantInvoke(reader);

new cdk.CfnOutput(edge, 'IndexerUrl', { value: url.url });
new cdk.CfnOutput(edge, 'IndexerVersion', { value: indexer.currentVersion.version });
const audit = new cdk.Stack(blue, 'Audit');
new cdk.CfnOutput(audit, 'AuditedVersion', { value: indexer.currentVersion.version });

cdk.Tags.of(prod).add('team', 'media', { excludeResourceTypes: ['AWS::IAM::Role'] });
cdk.Tags.of(blue).add('color', 'blue', { priority: 200 });
app.synth();
