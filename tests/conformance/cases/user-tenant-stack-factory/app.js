// Conformance case 'user-tenant-stack-factory': an app as a CDK user writes it, not shaped to a
// feature: a multi-tenant SaaS backend where a factory makes one stack per tenant, inside a Stage
// per environment (Staging and Production, each its own account and region), with the IAM policy-
// minimizing feature flag on in the App's context. Each stage has a Shared stack: a rotated key, a
// tenant table (TTL, a stream, customer-managed encryption, PITR) and a tenant event bus whose name
// is published in SSM, its suspensions told to an ops topic and forwarded to the central audit bus
// of a security account. Each tenant stack (cross-stack references to the key, table and bus) has
// an encrypted work queue with a dead-letter queue, fed by a rule on the shared bus matching the
// tenant's id; a worker drains it (partial batch responses, max concurrency), may touch only the
// tenant's items (dynamodb:LeadingKeys) and put events back on the bus; premium tenants get
// reserved concurrency. Tags per tenant (the cost tag not on roles), a user aspect that retains
// every queue in Production, and outputs exported per tenant.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const sqs = require('aws-cdk-lib/aws-sqs');
const ssm = require('aws-cdk-lib/aws-ssm');
const sns = require('aws-cdk-lib/aws-sns');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
const tenants = [
  { id: 'acme', tier: 'premium' },
  { id: 'globex', tier: 'standard' },
];

class RetainQueues {
  visit(node) {
    if (node instanceof sqs.CfnQueue) node.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
  }
}

function sharedStack(stage) {
  const stack = new cdk.Stack(stage, 'Shared');
  const key = new kms.Key(stack, 'TenantKey', { enableKeyRotation: true, alias: 'alias/tenant-data' });
  const table = new dynamodb.Table(stack, 'Tenants', {
    partitionKey: { name: 'tenantId', type: dynamodb.AttributeType.STRING },
    sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
    encryptionKey: key,
    timeToLiveAttribute: 'expiresAt',
    stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  });
  const bus = new events.EventBus(stack, 'TenantBus', { eventBusName: `tenant-events-${stage.stageName.toLowerCase()}` });
  new ssm.StringParameter(stack, 'BusName', { parameterName: '/saas/bus-name', stringValue: bus.eventBusName });
  const ops = new sns.Topic(stack, 'OpsAlerts');
  new events.Rule(stack, 'TenantSuspended', {
    eventBus: bus,
    eventPattern: { source: ['saas.platform'], detailType: ['TenantSuspended'] },
    targets: [
      new targets.SnsTopic(ops, {
        message: events.RuleTargetInput.fromText(`tenant ${events.EventField.fromPath('$.detail.tenantId')} suspended`),
      }),
      new targets.EventBus(events.EventBus.fromEventBusArn(stack, 'AuditBus', 'arn:aws:events:us-east-1:999999999999:event-bus/saas-audit')),
    ],
  });
  return { key, table, bus };
}

function tenantStack(stage, shared, tenant) {
  const stack = new cdk.Stack(stage, `Tenant-${tenant.id}`, { description: `tenant ${tenant.id} (${tenant.tier})` });
  const dlq = new sqs.Queue(stack, 'WorkDlq', { retentionPeriod: cdk.Duration.days(14), encryption: sqs.QueueEncryption.KMS_MANAGED });
  const queue = new sqs.Queue(stack, 'Work', {
    visibilityTimeout: cdk.Duration.minutes(3),
    encryption: sqs.QueueEncryption.KMS_MANAGED,
    deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
  });
  new events.Rule(stack, 'TenantEvents', {
    eventBus: shared.bus,
    eventPattern: { source: ['saas.platform'], detail: { tenantId: [tenant.id] } },
    targets: [new targets.SqsQueue(queue)],
  });
  const worker = new lambda.Function(stack, 'Worker', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
    timeout: cdk.Duration.seconds(30),
    reservedConcurrentExecutions: tenant.tier === 'premium' ? 20 : undefined,
    environment: { TENANT_ID: tenant.id, TABLE_NAME: shared.table.tableName, BUS_NAME: shared.bus.eventBusName },
  });
  worker.addEventSource(new sources.SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true, maxConcurrency: 5 }));
  worker.addToRolePolicy(new iam.PolicyStatement({
    actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    resources: [shared.table.tableArn],
    conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [tenant.id] } },
  }));
  shared.key.grantEncryptDecrypt(worker);
  shared.bus.grantPutEventsTo(worker);
  cdk.Tags.of(stack).add('tenant', tenant.id);
  cdk.Tags.of(stack).add('cost-center', `saas-${tenant.tier}`, { excludeResourceTypes: ['AWS::IAM::Role'] });
  new cdk.CfnOutput(stack, 'QueueUrl', { value: queue.queueUrl, exportName: `${stage.stageName}-${tenant.id}-queue-url` });
  return stack;
}

for (const [name, env] of [['Staging', { account: '111111111111', region: 'us-east-2' }], ['Production', { account: '222222222222', region: 'us-west-2' }]]) {
  const stage = new cdk.Stage(app, name, { env });
  const shared = sharedStack(stage);
  for (const tenant of tenants) tenantStack(stage, shared, tenant);
  if (name === 'Production') cdk.Aspects.of(stage).add(new RetainQueues());
}
app.synth();
