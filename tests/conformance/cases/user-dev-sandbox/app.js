// Conformance case 'user-dev-sandbox': an app as a CDK user writes it, not shaped to a feature: one
// sandbox Stage per developer, everything in it destroyed with the stage except the shared table
// (RemovalPolicies.of(stage).destroy with excludeResourceTypes), a team aspect turning X-Ray tracing
// on for every function (MUTATING) and a read-only aspect warning about functions without reserved
// concurrency (by CloudFormation type: the auto-delete provider's handler too); each sandbox has an API function with an alias, a worker fed by a queue, a bucket
// emptied on delete and the table.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

class TracingOn {
  visit(node) {
    if (cdk.CfnResource.isCfnResource(node) && node.cfnResourceType === 'AWS::Lambda::Function') {
      node.addPropertyOverride('TracingConfig.Mode', 'Active');
    }
  }
}
class ConcurrencyCheck {
  visit(node) {
    if (cdk.CfnResource.isCfnResource(node) && node.cfnResourceType === 'AWS::Lambda::Function' &&
        node.reservedConcurrentExecutions === undefined) {
      cdk.Annotations.of(node).addWarningV2('team:reservedConcurrency', 'functions should reserve their concurrency');
    }
  }
}

const app = new cdk.App();
for (const dev of ['alice', 'bob']) {
  const sandbox = new cdk.Stage(app, `Sandbox-${dev}`, { env: { account: '123456789012', region: 'eu-central-1' } });
  const stack = new cdk.Stack(sandbox, 'Service');
  const table = new dynamodb.Table(stack, 'Items', {
    partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  });
  const uploads = new s3.Bucket(stack, 'Uploads', { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
  const api = new lambda.Function(stack, 'Api', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
    reservedConcurrentExecutions: 2,
    environment: { TABLE: table.tableName, DEVELOPER: dev },
  });
  table.grantReadWriteData(api);
  api.addAlias('dev');
  const jobs = new sqs.Queue(stack, 'Jobs', { visibilityTimeout: cdk.Duration.seconds(60) });
  const worker = new lambda.Function(stack, 'Worker', {
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.handler',
    code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
    timeout: cdk.Duration.seconds(30),
    environment: { BUCKET: uploads.bucketName },
  });
  uploads.grantPut(worker);
  worker.addEventSource(new sources.SqsEventSource(jobs, { batchSize: 5 }));
  cdk.RemovalPolicies.of(sandbox).destroy({ excludeResourceTypes: ['AWS::DynamoDB::Table'] });
  cdk.Aspects.of(sandbox).add(new TracingOn(), { priority: cdk.AspectPriority.MUTATING });
  cdk.Aspects.of(sandbox).add(new ConcurrencyCheck(), { priority: cdk.AspectPriority.READONLY });
}
app.synth();
