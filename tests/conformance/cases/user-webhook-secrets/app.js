// Conformance case 'user-webhook-secrets': an app as a user writes it: a payment-provider webhook
// receiver behind a public (NONE) Function URL with CORS, and an admin function behind an AWS_IAM
// Function URL (credentialed CORS, exposed headers) granted to an operator role of another
// account; secrets and parameters granted to them: a secret imported by name (fromSecretNameV2), a
// generated one (read and write), a SecureString parameter imported with a version and the key
// that encrypts it, a String parameter by name, a value read at deploy time, a topic imported with
// Fn.importValue (grantPublish); a conditioned kms:Decrypt statement on a formatArn resource;
// escape hatches: addPropertyOverride into the environment, addOverride of Metadata,
// addPropertyDeletionOverride of the URL's Cors.MaxAge, addDeletionOverride of the secret's
// UpdateReplacePolicy, node.addDependency between the functions; outputs (one exported).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const ssm = require('aws-cdk-lib/aws-ssm');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Webhooks', {
  env: { account: '111122223333', region: 'eu-central-1' },
});

const stripeKey = secretsmanager.Secret.fromSecretNameV2(stack, 'StripeKey', 'prod/stripe/signing-secret');
const hmac = new secretsmanager.Secret(stack, 'HmacSecret', {
  description: 'Shared HMAC key for forwarded webhooks',
  generateSecretString: { excludePunctuation: true, passwordLength: 48 },
});
const paramKey = kms.Key.fromKeyArn(stack, 'ParamKey',
  'arn:aws:kms:eu-central-1:111122223333:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0');
const apiToken = ssm.StringParameter.fromSecureStringParameterAttributes(stack, 'ApiToken', {
  parameterName: '/webhooks/api-token',
  version: 3,
  encryptionKey: paramKey,
});
const forwardUrl = ssm.StringParameter.fromStringParameterName(stack, 'ForwardUrl', '/webhooks/forward-url');
const allowedIps = ssm.StringParameter.valueForStringParameter(stack, '/webhooks/allowed-ips');
const auditTopic = sns.Topic.fromTopicArn(stack, 'AuditTopic', cdk.Fn.importValue('SharedAuditTopicArn'));

const receiver = new lambda.Function(stack, 'Receiver', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"statusCode": 200}\n'),
  timeout: cdk.Duration.seconds(10),
  memorySize: 256,
  environment: {
    STRIPE_SECRET_ARN: stripeKey.secretArn,
    HMAC_SECRET_ARN: hmac.secretArn,
    API_TOKEN_PARAM: apiToken.parameterName,
    FORWARD_URL_PARAM: forwardUrl.parameterName,
    ALLOWED_IPS: allowedIps,
    AUDIT_TOPIC_ARN: auditTopic.topicArn,
  },
});
receiver.addEnvironment('POWERTOOLS_SERVICE_NAME', 'webhooks');
const publicUrl = receiver.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: {
    allowedOrigins: ['https://dashboard.stripe.com'],
    allowedMethods: [lambda.HttpMethod.POST],
    allowedHeaders: ['stripe-signature', 'content-type'],
    maxAge: cdk.Duration.minutes(10),
  },
});
stripeKey.grantRead(receiver);
hmac.grantRead(receiver);
apiToken.grantRead(receiver);
forwardUrl.grantRead(receiver);
auditTopic.grantPublish(receiver);
receiver.addToRolePolicy(new iam.PolicyStatement({
  actions: ['kms:Decrypt'],
  resources: [stack.formatArn({ service: 'kms', resource: 'key', resourceName: '*' })],
  conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${stack.region}.amazonaws.com` } },
}));

const admin = new lambda.Function(stack, 'Admin', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 204 });'),
  environment: { HMAC_SECRET_ARN: hmac.secretArn },
  description: 'Rotates and inspects webhook secrets',
});
hmac.grantRead(admin);
hmac.grantWrite(admin);
const adminUrl = admin.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.AWS_IAM,
  cors: {
    allowedOrigins: ['https://admin.example.com'],
    allowCredentials: true,
    allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.POST],
    exposedHeaders: ['x-request-id'],
  },
});
const opsRole = new iam.Role(stack, 'OpsRole', {
  assumedBy: new iam.AccountPrincipal('444455556666'),
  roleName: 'webhook-ops',
});
adminUrl.grantInvokeUrl(opsRole);

// Escape hatches, as the team's reviewers asked for them.
const cfnReceiver = receiver.node.defaultChild;
cfnReceiver.addPropertyOverride('Environment.Variables.LOG_LEVEL', 'INFO');
cfnReceiver.addOverride('Metadata.cfn_nag.rules_to_suppress', [
  { id: 'W89', reason: 'webhooks are public' },
  { id: 'W92', reason: 'scales with traffic' },
]);
publicUrl.node.defaultChild.addPropertyDeletionOverride('Cors.MaxAge');
hmac.node.defaultChild.addDeletionOverride('UpdateReplacePolicy');
admin.node.addDependency(receiver);

new cdk.CfnOutput(stack, 'WebhookUrl', { value: publicUrl.url });
new cdk.CfnOutput(stack, 'AdminUrl', { value: adminUrl.url, exportName: 'WebhookAdminUrl' });
new cdk.CfnOutput(stack, 'HmacSecretName', { value: hmac.secretName });
app.synth();
