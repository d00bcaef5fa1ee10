// error: new ssm.StringParameter with no stringValue (the L1's required property, at synth)
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringParameter(stack, 'Param', { parameterName: 'name-only' });
app.synth();
