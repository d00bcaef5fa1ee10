// Conformance case 'integ-lambda-capacity-provider-propagate-tags': aws-lambda
// test/integ.capacity-provider-propagate-tags.ts. Dropped: the IntegTest. Adapted: the integ app
// passes PropagateTags.explicit a list of {key, value} (newer aws-cdk-lib); 2.276.0 takes a map of
// key to value, so the same two tags are given as a map.
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'CapacityProviderPropagateTagsStack');

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });

new lambda.CapacityProvider(stack, 'CpWithExplicitTags', {
  subnets: vpc.privateSubnets,
  securityGroups: [securityGroup],
  propagateTags: lambda.PropagateTags.explicit({
    Environment: 'Test',
    Project: 'CDK-Integ',
  }),
});

new lambda.CapacityProvider(stack, 'CpWithNone', {
  subnets: vpc.privateSubnets,
  securityGroups: [securityGroup],
  propagateTags: lambda.PropagateTags.none(),
});

app.synth();
