// error: new ssm.StringParameter with a parameterName with '/' not starting with '/'
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringParameter(stack, 'Param', { stringValue: 'v', parameterName: 'app/version' });
app.synth();
