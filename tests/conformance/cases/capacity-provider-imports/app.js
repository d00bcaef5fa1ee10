// Conformance case 'capacity-provider-imports': CapacityProvider.fromCapacityProviderName (a
// formatArn in an environment-agnostic stack), fromCapacityProviderArn (a literal ARN, one with
// more colons, a '/' resource, a deploy-time parameter) and fromCapacityProviderAttributes; their
// names and ARNs as outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const out = (id, cp) => {
  new cdk.CfnOutput(stack, id + 'Name', { value: cp.capacityProviderName });
  new cdk.CfnOutput(stack, id + 'Arn', { value: cp.capacityProviderArn });
};
out('ByName', lambda.CapacityProvider.fromCapacityProviderName(stack, 'ByName', 'my-existing-cp'));
out('ByArn', lambda.CapacityProvider.fromCapacityProviderArn(stack, 'ByArn',
  'arn:aws:lambda:us-east-1:123456789012:capacity-provider:my-cp'));
out('Colons', lambda.CapacityProvider.fromCapacityProviderArn(stack, 'Colons',
  'arn:aws:lambda:us-east-1:123456789012:capacity-provider:my-cp:extra'));
out('Slash', lambda.CapacityProvider.fromCapacityProviderArn(stack, 'Slash',
  'arn:aws:lambda:us-east-1:123456789012:capacity-provider/my-cp'));
const param = new cdk.CfnParameter(stack, 'CapacityProviderArn');
out('ByParameter', lambda.CapacityProvider.fromCapacityProviderArn(stack, 'ByParameter', param.valueAsString));
out('ByAttributes', lambda.CapacityProvider.fromCapacityProviderAttributes(stack, 'ByAttributes', {
  capacityProviderArn: 'arn:aws-cn:lambda:cn-north-1:123456789012:capacity-provider:cn-cp',
}));
const env = new cdk.Stack(app, 'EnvStack', { env: { account: '111111111111', region: 'eu-west-1' } });
const byName = lambda.CapacityProvider.fromCapacityProviderName(env, 'ByName', 'env-cp');
new cdk.CfnOutput(env, 'Arn', { value: byName.capacityProviderArn });
new cdk.CfnOutput(env, 'Name', { value: byName.capacityProviderName });
app.synth();
