/* ccdk/ec2.h - Amazon EC2 networking that Lambda functions and file systems need: Vpc (new or
 * imported, dual-stack), subnet selection, SecurityGroup, Peer, Port, Connections, VPC endpoints,
 * flow logs and network ACLs (aws-cdk-lib/aws-ec2). */
#ifndef CCDK_EC2_H
#define CCDK_EC2_H

#include "ccdk/core.h"
#include "ccdk/ec2_instance_types.h"
#include "ccdk/ec2_protocols.h"
#include "ccdk/ec2_vpc_endpoint_services.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_ec2_vpc ccdk_ec2_vpc;                       /* IVpc: a Vpc or an imported one */
typedef struct ccdk_ec2_security_group ccdk_ec2_security_group; /* ISecurityGroup */
typedef struct ccdk_ec2_connections ccdk_ec2_connections;       /* Connections */
typedef struct ccdk_ec2_gateway_vpc_endpoint ccdk_ec2_gateway_vpc_endpoint;     /* GatewayVpcEndpoint */
typedef struct ccdk_ec2_interface_vpc_endpoint ccdk_ec2_interface_vpc_endpoint; /* InterfaceVpcEndpoint */
typedef struct ccdk_ec2_flow_log ccdk_ec2_flow_log;                             /* FlowLog */
typedef struct ccdk_ec2_network_acl ccdk_ec2_network_acl;                       /* INetworkAcl */
typedef struct ccdk_ec2_network_acl_entry ccdk_ec2_network_acl_entry;           /* NetworkAclEntry */
typedef struct ccdk_iam_policy_statement ccdk_iam_policy_statement;             /* ccdk/iam.h */
/* ccdk_iam_role, ccdk_logs_log_group and ccdk_s3_bucket (ccdk/iam.h, logs.h, s3.h) are declared in ccdk/core.h. */
/* ccdk_ec2_subnet (ISubnet: a Vpc's subnet or an imported one) is declared in ccdk/core.h. */

/* ================================================================== subnets */

/** SubnetType. Zero means "not given" (in a selection: aws-cdk-lib's default, the first of
 *  PRIVATE_WITH_EGRESS, PRIVATE_ISOLATED, PUBLIC that the VPC has). */
typedef enum {
    CCDK_EC2_SUBNET_TYPE_UNSET = 0,
    CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, /* 'Isolated' */
    CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, /* 'Private' */
    CCDK_EC2_SUBNET_TYPE_PUBLIC,           /* 'Public' */
    /* deprecated aliases, as aws-cdk-lib keeps them: subnets of these types are the same as those of
     * the type named (tags, selections), but aws-cdk-lib's messages print their own values, and
     * natGateways: 0 with a PRIVATE_WITH_NAT/PRIVATE group (and no PRIVATE_WITH_EGRESS one) is its
     * error "If you do not want NAT gateways (natGateways=0), make sure you don't configure any
     * PRIVATE(_WITH_NAT) subnets in 'subnetConfiguration' (make them PUBLIC or ISOLATED instead)" */
    CCDK_EC2_SUBNET_TYPE_ISOLATED,         /* 'Deprecated_Isolated': PRIVATE_ISOLATED */
    CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_NAT, /* 'Deprecated_Private_NAT': PRIVATE_WITH_EGRESS */
    CCDK_EC2_SUBNET_TYPE_PRIVATE,          /* 'Deprecated_Private': PRIVATE_WITH_EGRESS */
} ccdk_ec2_subnet_type;

/** SubnetConfiguration: one subnet group, one subnet per availability zone. */
typedef struct {
    ccdk_ec2_subnet_type subnet_type; /* required */
    const char *name;                 /* required: the group's name ("Public", "Private", ...) */
    ccdk_opt_num cidr_mask;           /* 16..28; default: the space left, split evenly */
    ccdk_tristate reserved;           /* reserve the address space, create nothing */
    ccdk_tristate map_public_ip_on_launch; /* PUBLIC subnets only; default true there (false in a
                                            * dual-stack VPC) */
    /* ipv6AssignAddressOnCreation: a dual-stack VPC's subnets give their instances an IPv6 address
     * (default true there); setting it in an IPv4-only VPC is aws-cdk-lib's error */
    ccdk_tristate ipv6_assign_address_on_creation;
} ccdk_ec2_subnet_configuration;
typedef CCDK_LIST_TYPE(ccdk_ec2_subnet_configuration) ccdk_ec2_subnet_configuration_list;
/** A list of subnet configurations, as CCDK_KVS builds pairs (CCDK_LIST cannot take braced items):
 *  .subnet_configuration = CCDK_EC2_SUBNETS({.name = "Public", .subnet_type = ...}, {...}) */
#define CCDK_EC2_SUBNETS(...)                                                                          \
    ((ccdk_ec2_subnet_configuration_list){&ccdk__list_mark, (const ccdk_ec2_subnet_configuration[]){__VA_ARGS__}, \
                                          sizeof((const ccdk_ec2_subnet_configuration[]){__VA_ARGS__}) /       \
                                              sizeof(ccdk_ec2_subnet_configuration)})

typedef CCDK_LIST_TYPE(ccdk_ec2_subnet *) ccdk_ec2_subnet_list;

/** SubnetFilter: a test a selection's subnets must pass; a value, its members not for users. Lists
 *  and strings in it are not copied: keep them alive until the selection is used. */
typedef struct {
    int kind_;         /* 1 byIds, 2 availabilityZones, 3 onePerAz, 4 containsIpAddresses, 5 byCidrMask,
                        * 6 byCidrRanges */
    ccdk_strs values_;
    double mask_;
} ccdk_ec2_subnet_filter;
typedef CCDK_LIST_TYPE(ccdk_ec2_subnet_filter) ccdk_ec2_subnet_filter_list;
/** SubnetFilter.byIds(ids) (a subnet's id as it is, a Ref token for a Vpc's own subnet);
 *  availabilityZones(azs); onePerAz(); containsIpAddresses(ipv4 addresses) (the subnets whose block
 *  holds one of them); byCidrMask(mask) (the subnets of that mask); byCidrRanges(cidrs) (the subnets
 *  inside one of the ranges). The CIDR filters read each subnet's ipv4CidrBlock: a subnet imported
 *  without one is aws-cdk-lib's error on it ("You cannot reference an imported Subnet's IPv4 CIDR if
 *  it was not supplied. ..."), a bad address "<ip> is not valid". Ranges are aligned as aws-cdk-lib's
 *  CidrBlock does (an address inside a block rounds up to the next block of that size). */
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_by_ids(ccdk_strs subnet_ids);
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_availability_zones(ccdk_strs availability_zones);
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_one_per_az(void);
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_contains_ip_addresses(ccdk_strs ipv4_addresses);
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_by_cidr_mask(double mask);
ccdk_ec2_subnet_filter ccdk_ec2_subnet_filter_by_cidr_ranges(ccdk_strs cidrs);

/** SubnetSelection. At most one of subnets, subnet_type and subnet_group_name (aws-cdk-lib's error
 *  "Only one of '<the given ones>' can be supplied to subnet selection."). */
typedef struct {
    ccdk_ec2_subnet_type subnet_type;
    const char *subnet_group_name;
    ccdk_strs availability_zones; /* keep only subnets in these AZs */
    ccdk_tristate one_per_az;     /* at most one subnet per AZ */
    /* subnets: exactly these subnets (a VPC's or imported ones, Subnet.fromSubnetId...), as given:
     * availability_zones and one_per_az do not filter them (as in aws-cdk-lib) */
    ccdk_ec2_subnet_list subnets;
    /* subnetName: the deprecated alias of subnet_group_name; aws-cdk-lib's warning
     * (@aws-cdk/aws-ec2:subnetNameDeprecated) on the VPC, and its error when both are given */
    const char *subnet_name;
    /* subnetFilters, applied in order to the subnets of the type or group, before availability_zones
     * and one_per_az (not to explicit subnets): .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_ids(...)) */
    ccdk_ec2_subnet_filter_list subnet_filters;
} ccdk_ec2_subnet_selection;

/** What a selection selects (SelectedSubnets). The lists belong to the App; a subnet imported
 *  without an availability zone has NULL in availability_zones, one of no group (Subnet.fromSubnetId)
 *  "" in group_names. `internet_connectivity` holds what internetConnectivityEstablished stands for: the constructs (route table
 *  associations, default routes) to depend on, with ccdk_node_add_dependency(x, item), before
 *  anything in these subnets needs the internet. */
typedef CCDK_LIST_TYPE(ccdk_construct *) ccdk_ec2_dependable_list;
typedef struct {
    ccdk_strs subnet_ids;         /* Refs of the subnets (or the imported ids) */
    ccdk_strs availability_zones; /* of each subnet, in the same order */
    ccdk_strs group_names;        /* subnet group name of each subnet ("Public", ...) */
    ccdk_ec2_dependable_list internet_connectivity;
    int has_public;               /* any of them is one of the VPC's public subnets */
    ccdk_ec2_subnet_list subnets; /* the subnets themselves, in the same order */
} ccdk_ec2_selected_subnets;

/* ================================================================== ISubnet */

/** SubnetAttributes for Subnet.fromSubnetAttributes. */
typedef struct {
    const char *subnet_id;         /* required */
    const char *availability_zone; /* default: none (reading it is then an error) */
    const char *route_table_id;    /* default: none (aws-cdk-lib's warning @aws-cdk/aws-ec2:noSubnetRouteTableId) */
    const char *ipv4_cidr_block;   /* default: none (reading it is then an error) */
} ccdk_ec2_subnet_attributes;
/** Subnet.fromSubnetAttributes(scope, id, attrs) / Subnet.fromSubnetId(scope, id, subnetId): an
 *  imported subnet (a construct without resources). Without a route table id, aws-cdk-lib's warning
 *  ("No routeTableId was provided to the subnet 'subnet-1'. ..."; the construct path instead of a
 *  token id). No subnet_id is an error. Owned by the App; never NULL. */
ccdk_ec2_subnet *ccdk_ec2_subnet_from_subnet_attributes(void *scope, const char *id, const ccdk_ec2_subnet_attributes *attrs);
ccdk_ec2_subnet *ccdk_ec2_subnet_from_subnet_id(void *scope, const char *id, const char *subnet_id);
/** SubnetProps for new Subnet: a subnet of its own in a VPC made elsewhere (by id). */
typedef struct {
    const char *vpc_id;            /* required */
    const char *availability_zone; /* required */
    const char *cidr_block;        /* required: the subnet's IPv4 block */
    ccdk_tristate map_public_ip_on_launch; /* default: not written (false) */
    const char *ipv6_cidr_block;           /* default none */
    ccdk_tristate assign_ipv6_address_on_creation; /* default: not written */
} ccdk_ec2_subnet_props;
/** new ec2.Subnet(scope, id, props): an AWS::EC2::Subnet ("Subnet", tagged Name with the path), its
 *  route table ("RouteTable") and their association; add routes with ccdk_ec2_subnet_add_route.
 *  It belongs to no Vpc object (no subnet group; select it with SubnetSelection.subnets). A missing
 *  required prop is an error on the subnet. Owned by the App; never NULL. */
ccdk_ec2_subnet *ccdk_ec2_subnet_new(void *scope, const char *id, const ccdk_ec2_subnet_props *props);
/** new PublicSubnet / new PrivateSubnet (same props): the same resources as new Subnet, of
 *  aws-cdk-lib's PublicSubnet / PrivateSubnet class (tree.json). */
ccdk_ec2_subnet *ccdk_ec2_public_subnet_new(void *scope, const char *id, const ccdk_ec2_subnet_props *props);
ccdk_ec2_subnet *ccdk_ec2_private_subnet_new(void *scope, const char *id, const ccdk_ec2_subnet_props *props);
/** subnet.subnetId (a Ref token for a Vpc's subnet), subnet.availabilityZone and
 *  subnet.routeTable.routeTableId; owned by the App, NULL for NULL. An imported subnet without an
 *  availability zone records aws-cdk-lib's error ("You cannot reference a Subnet's availability zone
 *  if it was not supplied. ...") and gives NULL; one without a route table id gives NULL. */
const char *ccdk_ec2_subnet_id(ccdk_ec2_subnet *subnet);
const char *ccdk_ec2_subnet_availability_zone(ccdk_ec2_subnet *subnet);
const char *ccdk_ec2_subnet_route_table_id(ccdk_ec2_subnet *subnet);
/** subnet.ipv4CidrBlock: a Vpc's subnet's block ("10.0.0.0/18"), a new Subnet's cidr_block, an imported
 *  one's ipv4_cidr_block (a looked-up VPC's subnets have theirs); owned by the App. An imported subnet
 *  without one records aws-cdk-lib's error ("You cannot reference an imported Subnet's IPv4 CIDR if it
 *  was not supplied. Add the ipv4CidrBlock when importing using Subnet.fromSubnetAttributes()") and
 *  gives NULL; NULL for NULL. */
const char *ccdk_ec2_subnet_ipv4_cidr_block(ccdk_ec2_subnet *subnet);
/** subnet.subnetNetworkAclAssociationId of a Vpc's subnet or a new Subnet: a token of the network
 *  ACL the subnet has when the template is written: the Ref of the last NetworkAcl associated with
 *  it (ccdk_ec2_subnet_associate_network_acl, a NetworkAcl's subnet_selection), else the CfnSubnet's
 *  NetworkAclAssociationId attribute; owned by the App. NULL for an imported subnet (ISubnet has no
 *  such attribute) and for NULL. */
const char *ccdk_ec2_subnet_network_acl_association_id(ccdk_ec2_subnet *subnet);
/** vpc.publicSubnets, vpc.privateSubnets (PRIVATE_WITH_EGRESS), vpc.isolatedSubnets: the VPC's
 *  subnets of that type in aws-cdk-lib's order (group by group, AZ by AZ); the list belongs to the
 *  App (empty, not NULL items, for NULL). Take a part of it with CCDK_LIST_N(list.items, 2). */
ccdk_ec2_subnet_list ccdk_ec2_vpc_public_subnets(ccdk_ec2_vpc *vpc);
ccdk_ec2_subnet_list ccdk_ec2_vpc_private_subnets(ccdk_ec2_vpc *vpc);
ccdk_ec2_subnet_list ccdk_ec2_vpc_isolated_subnets(ccdk_ec2_vpc *vpc);
/** vpc's NatProvider.gateway().configuredGateways, their gatewayId: the Refs of the VPC's NAT gateways
 *  in the order they were made (ccdk has no other NAT provider than NatProvider.gateway). A list owned by the App; empty for
 *  a VPC without NAT gateways, an imported VPC and NULL. */
ccdk_strs ccdk_ec2_vpc_nat_gateway_ids(ccdk_ec2_vpc *vpc);
/** subnet.addIpv6Nat64Route(natGatewayId): a route "Nat64" (AWS::EC2::Route under the subnet) from
 *  the subnet's route table to the NAT gateway for 64:ff9b::/96 (DNS64/NAT64 in a dual-stack VPC),
 *  part of the subnet's internet connectivity (what a function in it depends on). An imported
 *  subnet has no route table of the App's (aws-cdk-lib has the method on Subnet only) and a NULL
 *  id: errors on the subnet. */
void ccdk_ec2_subnet_add_ipv6_nat64_route(ccdk_ec2_subnet *subnet, const char *nat_gateway_id);
/** RouterType: what a route goes through (the CfnRoute property its id goes in). */
typedef enum {
    CCDK_EC2_ROUTER_TYPE_UNSET = 0, /* not valid: router_type is required */
    CCDK_EC2_ROUTER_TYPE_CARRIER_GATEWAY,
    CCDK_EC2_ROUTER_TYPE_EGRESS_ONLY_INTERNET_GATEWAY,
    CCDK_EC2_ROUTER_TYPE_GATEWAY,
    CCDK_EC2_ROUTER_TYPE_INSTANCE,
    CCDK_EC2_ROUTER_TYPE_LOCAL_GATEWAY,
    CCDK_EC2_ROUTER_TYPE_NAT_GATEWAY,
    CCDK_EC2_ROUTER_TYPE_NETWORK_INTERFACE,
    CCDK_EC2_ROUTER_TYPE_TRANSIT_GATEWAY,
    CCDK_EC2_ROUTER_TYPE_VPC_PEERING_CONNECTION,
    CCDK_EC2_ROUTER_TYPE_VPC_ENDPOINT,
    CCDK_EC2_ROUTER_TYPE_CORE_NETWORK,
} ccdk_ec2_router_type;
/** AddRouteOptions. */
typedef struct {
    ccdk_ec2_router_type router_type; /* required */
    const char *router_id;            /* required: the router's id (a token or a literal) */
    const char *destination_cidr_block;      /* default "0.0.0.0/0" unless destination_ipv6_cidr_block */
    const char *destination_ipv6_cidr_block; /* not with destination_cidr_block */
    ccdk_tristate enables_internet_connectivity; /* part of internetConnectivityEstablished; default false */
} ccdk_ec2_add_route_options;
/** subnet.addRoute(id, options): a CfnRoute `id` under the subnet, in its route table. Both
 *  destinations are aws-cdk-lib's error on the subnet ("Cannot specify both 'destinationCidrBlock'
 *  and 'destinationIpv6CidrBlock'"); an imported subnet (no route table of the App's), NULL options
 *  or no router id are errors on the subnet too. */
void ccdk_ec2_subnet_add_route(ccdk_ec2_subnet *subnet, const char *id, const ccdk_ec2_add_route_options *options);
/** vpc.internetGatewayId: the Ref of the VPC's internet gateway; NULL when it has none (no public
 *  subnets, create_internet_gateway false), for an imported VPC and NULL. Owned by the App. */
const char *ccdk_ec2_vpc_internet_gateway_id(ccdk_ec2_vpc *vpc);

/* ================================================================== InstanceType */

/** ec2.InstanceType: an instance type identifier ("t3.micro"); a value (no App). Its member is not
 *  for users: read it with ccdk_ec2_instance_type_to_string. */
typedef struct {
    char identifier_[64];
} ccdk_ec2_instance_type;
typedef CCDK_LIST_TYPE(ccdk_ec2_instance_type) ccdk_ec2_instance_type_list;
/** new InstanceType(identifier): identifier is copied (at most 63 bytes; longer is cut there). */
ccdk_ec2_instance_type ccdk_ec2_instance_type_new(const char *identifier);
/** InstanceType.of(instanceClass, instanceSize): "<class>.<size>", as
 *  ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_T3, CCDK_EC2_INSTANCE_SIZE_MICRO) is "t3.micro"
 *  (the macros are in ccdk/ec2_instance_types.h). */
ccdk_ec2_instance_type ccdk_ec2_instance_type_of(const char *instance_class, const char *instance_size);
/** instanceType.toString(): the identifier, inside *instance_type. */
const char *ccdk_ec2_instance_type_to_string(const ccdk_ec2_instance_type *instance_type);

/* ================================================================== gateway VPC endpoints (types) */

/** IGatewayVpcEndpointService: a value. Build it with the macros below (the members are not for
 *  users): CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3, _DYNAMODB, _S3_EXPRESS (ccdk/
 *  ec2_vpc_endpoint_services.h), new GatewayVpcEndpointAwsService(name, prefix), or a service of
 *  your own by its full name ({name: ...}). */
typedef struct {
    const char *name_;       /* a service's full name, as given */
    const char *short_name_; /* GatewayVpcEndpointAwsService: "<prefix>.<region token>.<short name>" */
    const char *prefix_;     /* NULL or "": "com.amazonaws" */
} ccdk_ec2_gateway_vpc_endpoint_service;
/** new GatewayVpcEndpointAwsService(name, prefix): prefix NULL is "com.amazonaws"; the name is
 *  "<prefix>.${AWS::Region}.<name>" (the region token even in a stack with a region). */
#define CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE(name, prefix) \
    ((ccdk_ec2_gateway_vpc_endpoint_service){NULL, (name), (prefix)})
/** An IGatewayVpcEndpointService of your own: {name}. */
#define CCDK_EC2_GATEWAY_VPC_ENDPOINT_SERVICE(name) ((ccdk_ec2_gateway_vpc_endpoint_service){(name), NULL, NULL})

/** A list of subnet selections: CCDK_EC2_SUBNET_SELECTIONS({.subnet_type = ...}, {...}). */
typedef CCDK_LIST_TYPE(ccdk_ec2_subnet_selection) ccdk_ec2_subnet_selection_list;
#define CCDK_EC2_SUBNET_SELECTIONS(...)                                                                     \
    ((ccdk_ec2_subnet_selection_list){&ccdk__list_mark, (const ccdk_ec2_subnet_selection[]){__VA_ARGS__},    \
                                      sizeof((const ccdk_ec2_subnet_selection[]){__VA_ARGS__}) /              \
                                          sizeof(ccdk_ec2_subnet_selection)})

/** VpcEndpointIpAddressType (an endpoint's IpAddressType; ec2.IpAddressType's IPV4 and IPV6 are the
 *  same values): "ipv4", "ipv6", "dualstack". Zero: not written. */
typedef enum {
    CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_UNSET = 0,
    CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_IPV4,
    CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_IPV6,
    CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_DUALSTACK,
} ccdk_ec2_vpc_endpoint_ip_address_type;
/** VpcEndpointDnsRecordIpType (DnsOptions.DnsRecordIpType): "ipv4", "ipv6", "dualstack",
 *  "service-defined". Zero: no DnsOptions. */
typedef enum {
    CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_UNSET = 0,
    CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_IPV4,
    CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_IPV6,
    CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_DUALSTACK,
    CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_SERVICE_DEFINED,
} ccdk_ec2_vpc_endpoint_dns_record_ip_type;

/** GatewayVpcEndpointOptions (vpc.addGatewayEndpoint, the Vpc's gateway_endpoints). */
typedef struct {
    ccdk_ec2_gateway_vpc_endpoint_service service; /* required */
    /* the subnets whose route tables get the route; default: all the VPC's subnets (private,
     * public, isolated) */
    ccdk_ec2_subnet_selection_list subnets;
    ccdk_ec2_vpc_endpoint_ip_address_type ip_address_type;       /* ipAddressType; default none */
    ccdk_ec2_vpc_endpoint_dns_record_ip_type dns_record_ip_type; /* dnsRecordIpType; default none */
} ccdk_ec2_gateway_vpc_endpoint_options;
/** One entry of VpcProps.gatewayEndpoints ({[id]: options}):
 *  .gateway_endpoints = CCDK_LIST_OF(ccdk_ec2_vpc_gateway_endpoint, {"S3", {.service = ...}}) */
typedef struct {
    const char *id;
    ccdk_ec2_gateway_vpc_endpoint_options options;
} ccdk_ec2_vpc_gateway_endpoint;
typedef CCDK_LIST_TYPE(ccdk_ec2_vpc_gateway_endpoint) ccdk_ec2_vpc_gateway_endpoint_list;

/* ================================================================== flow logs (types) */

/** FlowLogTrafficType. Zero: ALL (for a VPC, subnet or network interface). */
typedef enum {
    CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_UNSET = 0,
    CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_ACCEPT,
    CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_ALL,
    CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_REJECT,
} ccdk_ec2_flow_log_traffic_type;

/** FlowLogMaxAggregationInterval. Zero: not given (CloudFormation's default, 10 minutes). */
typedef enum {
    CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_UNSET = 0,
    CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_ONE_MINUTE,  /* 60 */
    CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_TEN_MINUTES, /* 600 */
} ccdk_ec2_flow_log_max_aggregation_interval;

/** FlowLogFileFormat (S3 destinations). */
#define CCDK_EC2_FLOW_LOG_FILE_FORMAT_PLAIN_TEXT "plain-text"
#define CCDK_EC2_FLOW_LOG_FILE_FORMAT_PARQUET "parquet"

/** S3DestinationOptions for FlowLogDestination.toS3. */
typedef struct {
    const char *file_format;                 /* CCDK_EC2_FLOW_LOG_FILE_FORMAT_*; default plain-text */
    ccdk_tristate hive_compatible_partitions; /* default false */
    ccdk_tristate per_hour_partition;         /* default false */
} ccdk_ec2_s3_destination_options;

/** FlowLogDestination: a value; build it with the functions below (the members are not for users).
 *  Zero (a zeroed struct) is aws-cdk-lib's default, FlowLogDestination.toCloudWatchLogs(). */
typedef struct {
    int kind_; /* 0, 1: CloudWatch Logs; 2: S3 */
    ccdk_logs_log_group *log_group_;
    ccdk_iam_role *iam_role_;
    ccdk_s3_bucket *bucket_;
    const char *key_prefix_;
    ccdk_ec2_s3_destination_options s3_options_;
} ccdk_ec2_flow_log_destination;
/** FlowLogDestination.toCloudWatchLogs(logGroup, iamRole): either may be NULL, and the flow log then
 *  makes its own ("LogGroup": a logs.LogGroup with aws-cdk-lib's defaults; "IAMRole": a role
 *  vpc-flow-logs.amazonaws.com assumes). The role gets logs:CreateLogStream, PutLogEvents and
 *  DescribeLogStreams on the group (its DefaultPolicy; a policy of the App's for an imported role). */
ccdk_ec2_flow_log_destination ccdk_ec2_flow_log_destination_to_cloud_watch_logs(ccdk_logs_log_group *log_group,
                                                                                ccdk_iam_role *iam_role);
/** FlowLogDestination.toS3(bucket, keyPrefix, options): bucket NULL makes one ("Bucket", retained);
 *  key_prefix and options may be NULL. Under the feature flag @aws-cdk/aws-s3:createDefaultLoggingPolicy
 *  (on in `cdk init` projects) the bucket's policy lets delivery.logs.amazonaws.com write (as
 *  aws-cdk-lib), and the flow log depends on the bucket policy whenever the bucket has one. */
ccdk_ec2_flow_log_destination ccdk_ec2_flow_log_destination_to_s3(ccdk_s3_bucket *bucket, const char *key_prefix,
                                                                  const ccdk_ec2_s3_destination_options *options);

/** LogFormat values are their format text: LogFormat.custom(text) is the text itself,
 *  LogFormat.field(name) is "${name}" (CCDK_EC2_LOG_FORMAT_FIELD("srcaddr")); a flow log's
 *  log_format joins them with spaces. ALL_DEFAULT_FIELDS is aws-cdk-lib's constant. */
#define CCDK_EC2_LOG_FORMAT_FIELD(name) "${" name "}"
#define CCDK_EC2_LOG_FORMAT_ALL_DEFAULT_FIELDS                                                                   \
    "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} " \
    "${bytes} ${start} ${end} ${action} ${log-status}"

/** FlowLogOptions (vpc.addFlowLog, the Vpc's flow_logs). */
typedef struct {
    ccdk_ec2_flow_log_destination destination;  /* default: toCloudWatchLogs() */
    ccdk_ec2_flow_log_traffic_type traffic_type; /* default ALL */
    ccdk_ec2_flow_log_max_aggregation_interval max_aggregation_interval;
    ccdk_strs log_format;                        /* default: AWS's default format */
    const char *flow_log_name;                   /* the Name tag; default the construct path */
} ccdk_ec2_flow_log_options;
/** One entry of VpcProps.flowLogs ({[id]: options}):
 *  .flow_logs = CCDK_LIST_OF(ccdk_ec2_vpc_flow_log, {"FlowLogs", {0}}) */
typedef struct {
    const char *id;
    ccdk_ec2_flow_log_options options;
} ccdk_ec2_vpc_flow_log;
typedef CCDK_LIST_TYPE(ccdk_ec2_vpc_flow_log) ccdk_ec2_vpc_flow_log_list;

/* ================================================================== Vpc */

/** AwsIpamProps for IpAddresses.awsIpamAllocation. */
typedef struct {
    const char *ipv4_ipam_pool_id;  /* required: the IPAM pool the VPC's block comes from */
    ccdk_opt_num ipv4_netmask_length; /* required: the VPC block's netmask */
    /* the netmask of subnets without a cidr_mask of their own; default none: every subnet
     * configuration then needs one (else aws-cdk-lib's error) */
    ccdk_opt_num default_subnet_ipv4_netmask_length;
} ccdk_ec2_aws_ipam_props;
/** IpAddresses: how the VPC gets its addresses. Build it with CCDK_EC2_IP_ADDRESSES_CIDR or
 *  ccdk_ec2_ip_addresses_aws_ipam_allocation (the members ending in _ are not for users). Zero: the
 *  default, IpAddresses.cidr('10.0.0.0/16'). */
typedef struct {
    const char *cidr_block;
    int aws_ipam_set_;
    ccdk_ec2_aws_ipam_props aws_ipam_;
} ccdk_ec2_ip_addresses;
/** IpAddresses.cidr(cidrBlock): a /16../28 block, split among the subnets. */
#define CCDK_EC2_IP_ADDRESSES_CIDR(block) ((ccdk_ec2_ip_addresses){(block), 0, {0}})
/** IpAddresses.awsIpamAllocation(props): the VPC's block comes from an IPAM pool (the VPC gets
 *  Ipv4IpamPoolId and Ipv4NetmaskLength instead of a CidrBlock); the subnets' blocks are parts of
 *  it, Fn::Select over Fn::Cidr of the VPC's CidrBlock attribute, in the order of the subnets
 *  (aws-cdk-lib's calculateCidrSplits). Subnets that do not fit: aws-cdk-lib's error ("IP space of
 *  size /<n> not big enough to allocate subnets of sizes /<m>,..."). props is copied; NULL or a
 *  missing pool id or netmask is an error on the Vpc. */
ccdk_ec2_ip_addresses ccdk_ec2_ip_addresses_aws_ipam_allocation(const ccdk_ec2_aws_ipam_props *props);

/** IpProtocol: IPv4 only (the default) or dual stack (IPv4 and IPv6). */
typedef enum {
    CCDK_EC2_IP_PROTOCOL_UNSET = 0,  /* IPV4_ONLY */
    CCDK_EC2_IP_PROTOCOL_IPV4_ONLY,  /* 'Ipv4_Only' */
    CCDK_EC2_IP_PROTOCOL_DUAL_STACK, /* 'Dual_Stack' */
} ccdk_ec2_ip_protocol;

/** IIpv6Addresses: where a dual-stack VPC's IPv6 block comes from. Only Ipv6Addresses.amazonProvided()
 *  exists in ccdk (and in aws-cdk-lib 2.276.0). Its member is not for users. */
typedef struct {
    int amazon_provided_;
} ccdk_ec2_ipv6_addresses;
/** Ipv6Addresses.amazonProvided(): an AWS::EC2::VPCCidrBlock with an Amazon-provided /56. */
#define CCDK_EC2_IPV6_ADDRESSES_AMAZON_PROVIDED() ((ccdk_ec2_ipv6_addresses){1})

/** NatGatewayProps for NatProvider.gateway(props). */
typedef struct {
    /* eipAllocationIds: the Elastic IP allocations the NAT gateways use, in order (one per gateway;
     * fixed outbound addresses, e.g. for functions in the VPC to be allow-listed), instead of an
     * "EIP" of their own each. Fewer than the NAT gateways is aws-cdk-lib's error ("Not enough NAT
     * gateway EIP allocation IDs (<n> provided) for the requested subnet count (<m> needed).");
     * a list token (ccdk_token_as_list) gives gateway i Fn::Select(i, list). Default: none. */
    ccdk_strs eip_allocation_ids;
} ccdk_ec2_nat_gateway_props;
/** INatGatewayProvider: a value; build it with ccdk_ec2_nat_provider_gateway (the members are not
 *  for users). Zero (a zeroed struct) is aws-cdk-lib's default, NatProvider.gateway(). */
typedef struct {
    int kind_; /* 0, 1: NAT gateways */
    ccdk_ec2_nat_gateway_props gateway_;
} ccdk_ec2_nat_provider;
/** NatProvider.gateway(props) / new NatGatewayProvider(props): managed NAT gateways, one per NAT
 *  subnet. props may be NULL; its lists are kept, not copied (they must outlive the Vpc's
 *  construction: CCDK_STRS literals do). */
ccdk_ec2_nat_provider ccdk_ec2_nat_provider_gateway(const ccdk_ec2_nat_gateway_props *props);

/** Vpc.DEFAULT_CIDR_RANGE: the block of a Vpc without ip_addresses. */
#define CCDK_EC2_VPC_DEFAULT_CIDR_RANGE "10.0.0.0/16"
/** DefaultInstanceTenancy, the values of default_instance_tenancy. */
#define CCDK_EC2_DEFAULT_INSTANCE_TENANCY_DEFAULT "default"
#define CCDK_EC2_DEFAULT_INSTANCE_TENANCY_DEDICATED "dedicated"
#define CCDK_EC2_DEFAULT_INSTANCE_TENANCY_HOST "host"

typedef struct {
    ccdk_ec2_ip_addresses ip_addresses;   /* default IpAddresses.cidr('10.0.0.0/16') */
    ccdk_opt_num max_azs;                 /* default 3 (an environment-agnostic stack has 2) */
    ccdk_strs availability_zones;         /* instead of max_azs */
    ccdk_opt_num reserved_azs;            /* address space kept for AZs added later */
    ccdk_opt_num nat_gateways;            /* default one per AZ when there are private subnets */
    ccdk_ec2_subnet_selection nat_gateway_subnets; /* public subnets for the NAT gateways; default all */
    ccdk_ec2_nat_provider nat_gateway_provider;    /* default NatProvider.gateway() */
    ccdk_ec2_subnet_configuration_list subnet_configuration; /* default Public + Private (+ Isolated with 0 NATs) */
    ccdk_tristate enable_dns_hostnames;   /* default true */
    ccdk_tristate enable_dns_support;     /* default true */
    const char *default_instance_tenancy; /* CCDK_EC2_DEFAULT_INSTANCE_TENANCY_*: "default" (default),
                                           * "dedicated" or "host" */
    const char *vpc_name;                 /* the Name tag; default the construct path */
    ccdk_tristate create_internet_gateway; /* default true */
    /* default: the feature flag @aws-cdk/aws-ec2:restrictDefaultSecurityGroup (on in `cdk init`
     * projects): a Custom::VpcRestrictDefaultSG resource whose handler removes the default
     * security group's rules. ccdk's handler is its own (src/ec2/restrict-default-sg-handler/),
     * so the asset hash differs from aws-cdk-lib's. */
    ccdk_tristate restrict_default_security_group;
    /* gateway endpoints to add (vpc.addGatewayEndpoint(id, options) for each, in order, after the
     * subnets and before the restrictDefaultSecurityGroup resource) */
    ccdk_ec2_vpc_gateway_endpoint_list gateway_endpoints;
    /* ipProtocol DUAL_STACK: the VPC gets an IPv6 block ("ipv6cidr", an AWS::EC2::VPCCidrBlock that
     * every subnet depends on), each subnet a /64 of it (Fn::Select over Fn::Cidr) and
     * AssignIpv6AddressOnCreation, public subnets a "DefaultRoute6" (::/0) to the internet gateway
     * and no public IPv4 addresses by default, and private subnets a "DefaultRoute6" to an
     * egress-only internet gateway ("EIGW6"). Without the feature flag
     * @aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway (on in `cdk init`
     * projects) the EIGW6 is made even when there is no private subnet, as aws-cdk-lib does. */
    ccdk_ec2_ip_protocol ip_protocol;
    /* the IPv6 block of a dual-stack VPC; default Ipv6Addresses.amazonProvided(). Given in an
     * IPv4-only VPC: aws-cdk-lib's error. */
    ccdk_ec2_ipv6_addresses ipv6_addresses;
    /* flow logs to add (vpc.addFlowLog(id, options) for each, in order, after the gateway endpoints) */
    ccdk_ec2_vpc_flow_log_list flow_logs;
    /* vpnGateway: a VPN gateway ("VpnGateway", an AWS::EC2::VPNGateway of type ipsec.1) attached
     * to the VPC ("VPCVPNGW") that propagates routes ("RoutePropagation") to the route tables of the
     * vpn_route_propagation subnets; made before the gateway endpoints. Default: false, unless
     * vpn_gateway_asn is given (then false is aws-cdk-lib's error). A VPC without any subnet:
     * aws-cdk-lib's error. vpnConnections (VpnConnection) is not in ccdk. */
    ccdk_tristate vpn_gateway;
    ccdk_opt_num vpn_gateway_asn; /* vpnGatewayAsn: the Amazon side's ASN; default AWS's */
    /* vpnRoutePropagation: the subnets whose route tables learn the VPN's routes; default one
     * default selection (the private subnets, else the isolated, else the public). Selecting no
     * route table is aws-cdk-lib's error at synth ("enableVpnGateway: no subnets matching selection:
     * '<the selections as JSON>'. ..."; ccdk writes a selection's subnetType, subnetGroupName,
     * availabilityZones, onePerAz and subnetName keys in that order, aws-cdk-lib in the order the
     * app wrote them). */
    ccdk_ec2_subnet_selection_list vpn_route_propagation;
} ccdk_ec2_vpc_props;

/** new ec2.Vpc(scope, id, props); props may be NULL. Owned by the App; never NULL. Bad props are
 *  aws-cdk-lib's errors with the construct path (see "Validations" below). */
ccdk_ec2_vpc *ccdk_ec2_vpc_new(void *scope, const char *id, const ccdk_ec2_vpc_props *props);

/** VpcAttributes for Vpc.fromVpcAttributes. Subnet id lists are empty or one id per AZ per group. */
typedef struct {
    const char *vpc_id;           /* required */
    const char *vpc_cidr_block;
    ccdk_strs availability_zones; /* required */
    ccdk_strs public_subnet_ids, public_subnet_names, public_subnet_route_table_ids;
    ccdk_strs private_subnet_ids, private_subnet_names, private_subnet_route_table_ids;
    ccdk_strs isolated_subnet_ids, isolated_subnet_names, isolated_subnet_route_table_ids;
    /* each subnet's IPv4 block (its ipv4CidrBlock, what byCidrMask / byCidrRanges filters read);
     * given, one per subnet id (else aws-cdk-lib's error "Number of publicSubnetIpv4CidrBlocks (n)
     * must be equal to the amount of publicSubnetIds (m)."). Default: none (reading a subnet's block
     * is then an error). */
    ccdk_strs public_subnet_ipv4_cidr_blocks, private_subnet_ipv4_cidr_blocks, isolated_subnet_ipv4_cidr_blocks;
    const char *vpn_gateway_id;   /* the VPC's VPN gateway (its vpnGatewayId); default none */
    const char *region;           /* the VPC's region (its env.region); default the stack's. The
                                   * vpcArn keeps the stack's region, as aws-cdk-lib's does */
} ccdk_ec2_vpc_attributes;
/** Vpc.fromVpcAttributes(scope, id, attrs): an imported VPC (no resources). Never NULL; bad
 *  attributes are aws-cdk-lib's errors. An attribute given as a list token (ccdk_token_as_list of
 *  an Fn::Split, a list parameter's value) is aws-cdk-lib's warning on the VPC
 *  ("fromVpcAttributes: '<attribute>' is a list token: the imported VPC will not work with
 *  constructs that require a list of subnets at synthesis time. Use 'Vpc.fromLookup()' or
 *  'Fn.importListValue' instead.", @aws-cdk/aws-ec2:vpcAttributeIsListToken<attribute>), one per
 *  attribute in the order of VpcAttributes' declaration (aws-cdk-lib's: the order the app wrote
 *  the keys in). */
ccdk_ec2_vpc *ccdk_ec2_vpc_from_vpc_attributes(void *scope, const char *id, const ccdk_ec2_vpc_attributes *attrs);

/** VpcLookupOptions for Vpc.fromLookup: the VPC the cdk CLI finds in the stack's account. All
 *  optional; together they filter (none: any one VPC of the account and region). */
typedef struct {
    const char *vpc_id;
    const char *vpc_name;          /* its Name tag */
    ccdk_tristate is_default;
    ccdk_kvs tags;                 /* tags it must have: CCDK_KVS({"Env", "prod"}) */
    const char *region;            /* default: the stack's region */
    const char *owner_account_id;  /* a VPC shared from another account */
    const char *subnet_group_name_tag; /* the tag that names the subnet groups; default "aws-cdk:subnet-name" */
    ccdk_tristate return_vpn_gateways; /* default true */
} ccdk_ec2_vpc_lookup_options;
/** Vpc.fromLookup(scope, id, options): options may be NULL. The looked-up VPC (no resources) from
 *  the context "vpc-provider:..." (what cdk.context.json holds once the CLI has looked it up); until
 *  then the lookup is reported missing in manifest.json and aws-cdk-lib's dummy VPC stands in
 *  (vpc-12345; subnets s-12345, s-67890 public, p-12345, p-67890 private and isolated, in dummy1a,
 *  dummy1b). Never NULL; aws-cdk-lib's errors on scope: an environment-agnostic stack ("Cannot
 *  retrieve value from context provider vpc-provider since account/region are not specified at
 *  the stack level. ..."), token arguments ("All arguments to Vpc.fromLookup() must be concrete
 *  (no Tokens)"). */
ccdk_ec2_vpc *ccdk_ec2_vpc_from_lookup(void *scope, const char *id, const ccdk_ec2_vpc_lookup_options *options);

/** vpc.vpcId, vpc.vpcCidrBlock, vpc.vpcDefaultSecurityGroup (string tokens or the imported
 *  values, owned by the App; NULL for NULL, and for attributes an imported VPC lacks). */
const char *ccdk_ec2_vpc_id(ccdk_ec2_vpc *vpc);
const char *ccdk_ec2_vpc_cidr_block(ccdk_ec2_vpc *vpc);
const char *ccdk_ec2_vpc_default_security_group(ccdk_ec2_vpc *vpc);
/** vpc.vpcArn: arn:<partition>:ec2:<region>:<account>:vpc/<vpcId> (the stack's region and account;
 *  a looked-up VPC's own where the lookup gave them). Owned by the App; NULL for NULL. */
const char *ccdk_ec2_vpc_arn(ccdk_ec2_vpc *vpc);
/** vpc.env.region: an imported VPC's region attribute, a looked-up VPC's region (where the lookup
 *  gave one), else the stack's region (a token in an environment-agnostic stack). Owned by the App;
 *  NULL for NULL. */
const char *ccdk_ec2_vpc_env_region(ccdk_ec2_vpc *vpc);
/** vpc.vpnGatewayId: a new Vpc's VPN gateway's Ref (vpn_gateway), an imported VPC's vpn_gateway_id
 *  attribute, a looked-up VPC's gateway (returnVpnGateways); owned by the App. NULL without one and
 *  for NULL. */
const char *ccdk_ec2_vpc_vpn_gateway_id(ccdk_ec2_vpc *vpc);
/** vpc.dnsHostnamesEnabled / vpc.dnsSupportEnabled of a new Vpc: enable_dns_hostnames /
 *  enable_dns_support, default true. 0 for an imported VPC (which has neither) and NULL. */
int ccdk_ec2_vpc_dns_hostnames_enabled(ccdk_ec2_vpc *vpc);
int ccdk_ec2_vpc_dns_support_enabled(ccdk_ec2_vpc *vpc);
/** vpc.availabilityZones: the AZs (tokens in an environment-agnostic stack); owned by the App. */
ccdk_strs ccdk_ec2_vpc_availability_zones(ccdk_ec2_vpc *vpc);
/** vpc.selectSubnets(selection): selection may be NULL (the default selection). Fills *out (lists
 *  owned by the App) and returns 0; on bad input returns -1 with aws-cdk-lib's error on the VPC
 *  and *out empty. */
int ccdk_ec2_vpc_select_subnets(ccdk_ec2_vpc *vpc, const ccdk_ec2_subnet_selection *selection,
                                ccdk_ec2_selected_subnets *out);

/* ================================================================== Port, Peer */

/* ccdk_ec2_protocol (Protocol) and its members, CCDK_EC2_PROTOCOL_TCP ..., are in ccdk/ec2_protocols.h. */

/** Port: a protocol and a range, as aws-cdk-lib's Port; a value (no App). Build it with the
 *  functions below; its members are not for users. */
typedef struct {
    const char *protocol_;  /* Protocol's value: "tcp", "udp", "icmp", "-1", "50", ... */
    double from_, to_;
    unsigned char has_from_, has_to_; /* allTraffic() has neither */
    char text_[64];         /* toString(): "443", "80-90", "ALL TRAFFIC", "UDP 53", ... */
    /* a number token for the port (Port.tcp(Token.asNumber(t)), CCDK_NUM_TOKEN in ccdk_ec2_port_new),
     * else NULL: the rule is then never inline (canInlineRule false) */
    const char *from_token_, *to_token_;
    const char *text_given_; /* ccdk_ec2_port_new's string_representation (not copied), else NULL */
    unsigned char custom_;   /* made by ccdk_ec2_port_new */
} ccdk_ec2_port;
ccdk_ec2_port ccdk_ec2_port_tcp(double port);                     /* Port.tcp(port) */
ccdk_ec2_port ccdk_ec2_port_tcp_range(double start, double end);  /* Port.tcpRange */
ccdk_ec2_port ccdk_ec2_port_all_tcp(void);                        /* Port.allTcp() */
ccdk_ec2_port ccdk_ec2_port_udp(double port);                     /* Port.udp(port) */
ccdk_ec2_port ccdk_ec2_port_udp_range(double start, double end);  /* Port.udpRange */
ccdk_ec2_port ccdk_ec2_port_all_udp(void);                        /* Port.allUdp() */
ccdk_ec2_port ccdk_ec2_port_all_traffic(void);                    /* Port.allTraffic() */
ccdk_ec2_port ccdk_ec2_port_all_icmp(void);                       /* Port.allIcmp() */
ccdk_ec2_port ccdk_ec2_port_icmp_type_and_code(double type, double code); /* Port.icmpTypeAndCode */
ccdk_ec2_port ccdk_ec2_port_icmp_type(double type);               /* Port.icmpType: all codes of the type */
ccdk_ec2_port ccdk_ec2_port_icmp_ping(void);                      /* Port.icmpPing(): icmpType(8) */
ccdk_ec2_port ccdk_ec2_port_all_icmp_v6(void);                    /* Port.allIcmpV6(): "ALL ICMPv6" */
ccdk_ec2_port ccdk_ec2_port_esp(void);                            /* Port.esp(): protocol 50 */
ccdk_ec2_port ccdk_ec2_port_ah(void);                             /* Port.ah(): protocol 51 */
/** Port.tcp(Token.asNumber(t)) / Port.udp(...): a port known only at deployment (a number token, as
 *  CCDK_NUM_TOKEN takes: a Number parameter's value, a Lazy number, an attribute of a database...).
 *  Written as the token; its text is aws-cdk-lib's "{IndirectPort}" ("UDP {IndirectPort}"), and its
 *  rules are separate AWS::EC2::SecurityGroupIngress/Egress resources (canInlineRule false). NULL t:
 *  a port that is an error where it is used. Ranges with a token end: ccdk_ec2_port_new. */
ccdk_ec2_port ccdk_ec2_port_tcp_token(const char *number_token);
ccdk_ec2_port ccdk_ec2_port_udp_token(const char *number_token);

/** PortProps for new Port(props): any protocol and range. */
typedef struct {
    ccdk_ec2_protocol protocol;        /* required */
    ccdk_opt_num from_port;            /* CCDK_NUM(n) or CCDK_NUM_TOKEN(t); default none (not written) */
    ccdk_opt_num to_port;              /* likewise */
    const char *string_representation; /* required: toString(), in rule ids and default descriptions;
                                        * not copied (keep it alive until the port is used) */
} ccdk_ec2_port_props;
/** new Port(props). A token port (from or to) makes the rules separate resources, as Port.tcp_token.
 *  Protocol.IPTM is written "84", as aws-cdk-lib's toRuleJson does. No protocol or string
 *  representation (TypeScript's type checks) is an error where the port is used ("protocol is
 *  required", "stringRepresentation is required"); NULL props likewise. */
ccdk_ec2_port ccdk_ec2_port_new(const ccdk_ec2_port_props *props);
/** port.toString(): its text ("443", "80-90", "ALL TRAFFIC", "UDP 53", "{IndirectPort}", a new
 *  Port's string_representation), inside *port (or the given string); NULL for NULL and a zeroed
 *  port. port.canInlineRule: 1 unless an end is a token (the rule is then a separate resource); 0
 *  for NULL. */
const char *ccdk_ec2_port_to_string(const ccdk_ec2_port *port);
int ccdk_ec2_port_can_inline_rule(const ccdk_ec2_port *port);
/** Port's well-known ports: Port.SSH, Port.HTTPS, ... */
#define CCDK_EC2_PORT_SSH ccdk_ec2_port_tcp(22)
#define CCDK_EC2_PORT_SMTP ccdk_ec2_port_tcp(25)
#define CCDK_EC2_PORT_DNS_UDP ccdk_ec2_port_udp(53)
#define CCDK_EC2_PORT_DNS_TCP ccdk_ec2_port_tcp(53)
#define CCDK_EC2_PORT_HTTP ccdk_ec2_port_tcp(80)
#define CCDK_EC2_PORT_POP3 ccdk_ec2_port_tcp(110)
#define CCDK_EC2_PORT_IMAP ccdk_ec2_port_tcp(143)
#define CCDK_EC2_PORT_LDAP ccdk_ec2_port_tcp(389)
#define CCDK_EC2_PORT_HTTPS ccdk_ec2_port_tcp(443)
#define CCDK_EC2_PORT_SMB ccdk_ec2_port_tcp(445)
#define CCDK_EC2_PORT_IMAPS ccdk_ec2_port_tcp(993)
#define CCDK_EC2_PORT_POP3S ccdk_ec2_port_tcp(995)
#define CCDK_EC2_PORT_MSSQL ccdk_ec2_port_tcp(1433)
#define CCDK_EC2_PORT_NFS ccdk_ec2_port_tcp(2049)
#define CCDK_EC2_PORT_MYSQL_AURORA ccdk_ec2_port_tcp(3306)
#define CCDK_EC2_PORT_RDP ccdk_ec2_port_tcp(3389)
#define CCDK_EC2_PORT_POSTGRES ccdk_ec2_port_tcp(5432)

/** IPeer: an IPv4/IPv6 range, a security group, a prefix list or a security group id; a value.
 *  Its members are not for users. */
typedef struct {
    int kind_;                       /* 1 IPv4 range, 2 IPv6 range, 3 security group, 4 prefix list,
                                      * 5 security group id */
    const char *cidr_;               /* kinds 1, 2: the range; 4, 5: the id (not copied: keep it alive
                                      * until it is used) */
    ccdk_ec2_security_group *group_; /* kind 3 */
    const char *owner_;              /* kind 5: the source security group's owner account, or NULL */
} ccdk_ec2_peer;
ccdk_ec2_peer ccdk_ec2_peer_ipv4(const char *cidr_ip); /* Peer.ipv4("a.b.c.d/n"); a bad range is aws-cdk-lib's error at once, on the process-wide list (ccdk_process_error): it fails the synth used or not */
ccdk_ec2_peer ccdk_ec2_peer_any_ipv4(void);            /* Peer.anyIpv4() */
ccdk_ec2_peer ccdk_ec2_peer_ipv6(const char *cidr_ip); /* Peer.ipv6; a bad range as for ccdk_ec2_peer_ipv4 */
ccdk_ec2_peer ccdk_ec2_peer_any_ipv6(void);            /* Peer.anyIpv6() */
ccdk_ec2_peer ccdk_ec2_peer_security_group(ccdk_ec2_security_group *security_group); /* the group as a peer */
/** Peer.prefixList(prefixListId): a managed prefix list ("pl-..."). Its rules are never inline
 *  (canInlineRule false): AWS::EC2::SecurityGroupIngress/Egress resources with SourcePrefixListId /
 *  DestinationPrefixListId. */
ccdk_ec2_peer ccdk_ec2_peer_prefix_list(const char *prefix_list_id);
/** Peer.securityGroupId(securityGroupId, sourceSecurityGroupOwnerId): a security group by its id,
 *  inline in a group's rules (SourceSecurityGroupId, and SourceSecurityGroupOwnerId in ingress rules
 *  when owner is given; DestinationSecurityGroupId). owner may be NULL. When the peer is used, an id
 *  that is not a token and not sg-<8 to 17 of [a-z0-9]> is aws-cdk-lib's error ("Invalid security
 *  group ID: \"<id>\""), likewise an owner not of 12 digits ("Invalid security group owner ID:
 *  \"<owner>\""); aws-cdk-lib throws them when the peer is made. */
ccdk_ec2_peer ccdk_ec2_peer_security_group_id(const char *security_group_id, const char *source_security_group_owner_id);

/** peer.uniqueId: the range (Peer.ipv4/ipv6, "0.0.0.0/0" for anyIpv4, "::/0" for anyIpv6), the
 *  prefix list or security group id as given, a security group's Names.nodeUniqueId (owned by the
 *  App); what default rule descriptions ("from <uniqueId>:<port>") and rule ids hold. Not checked
 *  here: a bad range is an error where the peer is used. NULL for NULL and a zeroed peer.
 *  peer.canInlineRule: 1 for ranges and security group ids, 0 for prefix lists and security groups
 *  (their rules are AWS::EC2::SecurityGroupIngress/Egress resources) and NULL. */
const char *ccdk_ec2_peer_unique_id(const ccdk_ec2_peer *peer);
int ccdk_ec2_peer_can_inline_rule(const ccdk_ec2_peer *peer);

/** IngressRuleConfig / EgressRuleConfig: the fields of a rule that name the peer, as
 *  peer.toIngressRuleConfig() / toEgressRuleConfig() give them (CfnSecurityGroupIngress's and
 *  Egress's names); those the peer does not set are NULL. An IPv4 range sets cidr_ip, an IPv6 one
 *  cidr_ipv6, a prefix list the *_prefix_list_id, a security group id (and a security group, its
 *  securityGroupId) the *_security_group_id, and Peer.securityGroupId's non-empty owner
 *  source_security_group_owner_id. All NULL for NULL and a zeroed peer. */
typedef struct {
    const char *cidr_ip, *cidr_ipv6;
    const char *source_prefix_list_id, *source_security_group_id, *source_security_group_owner_id;
} ccdk_ec2_ingress_rule_config;
typedef struct {
    const char *cidr_ip, *cidr_ipv6;
    const char *destination_prefix_list_id, *destination_security_group_id;
} ccdk_ec2_egress_rule_config;
ccdk_ec2_ingress_rule_config ccdk_ec2_peer_to_ingress_rule_config(const ccdk_ec2_peer *peer);
ccdk_ec2_egress_rule_config ccdk_ec2_peer_to_egress_rule_config(const ccdk_ec2_peer *peer);

/* ================================================================== SecurityGroup */

typedef struct {
    ccdk_ec2_vpc *vpc;                   /* required */
    const char *description;             /* default: the construct path */
    const char *security_group_name;
    ccdk_tristate allow_all_outbound;    /* default true */
    ccdk_tristate allow_all_ipv6_outbound; /* default false */
    /* default: the context @aws-cdk/aws-ec2.securityGroupDisableInlineRules. Every rule is then an
     * AWS::EC2::SecurityGroupIngress/Egress resource, the default egress rule too (the "Disallow all
     * traffic" one goes once an IPv4 egress rule is added, as inline) */
    ccdk_tristate disable_inline_rules;
} ccdk_ec2_security_group_props;
typedef CCDK_LIST_TYPE(ccdk_ec2_security_group *) ccdk_ec2_security_group_list;

/** new ec2.SecurityGroup(scope, id, props). Owned by the App; never NULL; no vpc is an error. */
ccdk_ec2_security_group *ccdk_ec2_security_group_new(void *scope, const char *id, const ccdk_ec2_security_group_props *props);
/** SecurityGroup.fromSecurityGroupId(scope, id, securityGroupId, {allowAllOutbound, mutable}):
 *  an imported group; allow_all_outbound and mutable_ default true. Never NULL. */
ccdk_ec2_security_group *ccdk_ec2_security_group_from_security_group_id(void *scope, const char *id,
                                                                        const char *security_group_id,
                                                                        ccdk_tristate allow_all_outbound,
                                                                        ccdk_tristate mutable_);
/** SecurityGroup.fromLookupById(scope, id, securityGroupId) / fromLookupByName(scope, id, name, vpc):
 *  the group the cdk CLI finds ("security-group" context provider): from the context (cdk.context.json)
 *  its id and allowAllOutbound, else the lookup reported missing in manifest.json and aws-cdk-lib's
 *  dummy (sg-12345678, allowAllOutbound true). An imported, mutable group; never NULL. aws-cdk-lib's
 *  errors on scope: a stack without account/region, token arguments ("All arguments to look up a
 *  security group must be concrete (no Tokens)"). vpc may be NULL. */
ccdk_ec2_security_group *ccdk_ec2_security_group_from_lookup_by_id(void *scope, const char *id,
                                                                   const char *security_group_id);
ccdk_ec2_security_group *ccdk_ec2_security_group_from_lookup_by_name(void *scope, const char *id,
                                                                     const char *security_group_name, ccdk_ec2_vpc *vpc);
/** SecurityGroup.fromLookup(scope, id, securityGroupId): the deprecated name of fromLookupById, the
 *  same group and lookup. */
ccdk_ec2_security_group *ccdk_ec2_security_group_from_lookup(void *scope, const char *id, const char *security_group_id);
/** securityGroup.securityGroupId (a token for a new group), owned by the App; NULL for NULL. */
const char *ccdk_ec2_security_group_id(ccdk_ec2_security_group *security_group);
/** securityGroup.allowAllOutbound / allowAllIpv6Outbound: a new group's props (default true / false),
 *  an import's options (a lookup's: what the lookup found; allowAllIpv6Outbound false, the import
 *  option being not in ccdk). 0 for NULL. */
int ccdk_ec2_security_group_allow_all_outbound(ccdk_ec2_security_group *security_group);
int ccdk_ec2_security_group_allow_all_ipv6_outbound(ccdk_ec2_security_group *security_group);
/** securityGroup.securityGroupVpcId of a new group (a token: its VpcId attribute), owned by the App;
 *  NULL for an imported group (ISecurityGroup has none) and for NULL. */
const char *ccdk_ec2_security_group_vpc_id(ccdk_ec2_security_group *security_group);
/** addIngressRule / addEgressRule(peer, port, description, remoteRule): description NULL gives
 *  aws-cdk-lib's default ("from <peer>:<port>"). Inline in the group's template property unless a
 *  peer is another group (then an AWS::EC2::SecurityGroupIngress/Egress resource, placed as
 *  aws-cdk-lib places it). Egress rules on a group with allow_all_outbound are dropped, as in
 *  aws-cdk-lib. */
void ccdk_ec2_security_group_add_ingress_rule(ccdk_ec2_security_group *security_group, ccdk_ec2_peer peer,
                                              ccdk_ec2_port port, const char *description, ccdk_tristate remote_rule);
void ccdk_ec2_security_group_add_egress_rule(ccdk_ec2_security_group *security_group, ccdk_ec2_peer peer,
                                             ccdk_ec2_port port, const char *description, ccdk_tristate remote_rule);
/** securityGroup.connections (owned by the group). */
ccdk_ec2_connections *ccdk_ec2_security_group_connections(ccdk_ec2_security_group *security_group);

/* ================================================================== Connections */

/** new Connections({securityGroups, defaultPort}): default_port may be NULL. Owned by the App of
 *  owner (any construct). */
ccdk_ec2_connections *ccdk_ec2_connections_new(void *owner, ccdk_ec2_security_group_list security_groups,
                                               const ccdk_ec2_port *default_port);
/** connections.allowTo(other, port, description) / allowFrom: rules on both sides' groups
 *  (ingress on the receiving groups, egress on the sending ones), as aws-cdk-lib. description
 *  NULL: aws-cdk-lib's default. */
void ccdk_ec2_connections_allow_to(ccdk_ec2_connections *connections, ccdk_ec2_connections *other,
                                   ccdk_ec2_port port, const char *description);
void ccdk_ec2_connections_allow_from(ccdk_ec2_connections *connections, ccdk_ec2_connections *other,
                                     ccdk_ec2_port port, const char *description);
/** allowDefaultPortFrom(other, description): an error when connections has no default port. */
void ccdk_ec2_connections_allow_default_port_from(ccdk_ec2_connections *connections, ccdk_ec2_connections *other,
                                                  const char *description);
/** allowTo/allowFrom a plain peer (an IP range): connections.allowTo(Peer.ipv4(...), port). */
void ccdk_ec2_connections_allow_to_peer(ccdk_ec2_connections *connections, ccdk_ec2_peer peer, ccdk_ec2_port port,
                                        const char *description);
void ccdk_ec2_connections_allow_from_peer(ccdk_ec2_connections *connections, ccdk_ec2_peer peer, ccdk_ec2_port port,
                                          const char *description);
/** allowInternally(port, description): each group of connections lets the others (and itself)
 *  in and out on port. */
void ccdk_ec2_connections_allow_internally(ccdk_ec2_connections *connections, ccdk_ec2_port port, const char *description);
/** allowDefaultPortTo(other) / allowToDefaultPort(other) (other's default port) /
 *  allowDefaultPortInternally() / allowDefaultPortFromAnyIpv4(): aws-cdk-lib's error (no path)
 *  when the default port they use is missing. */
void ccdk_ec2_connections_allow_default_port_to(ccdk_ec2_connections *connections, ccdk_ec2_connections *other,
                                                const char *description);
void ccdk_ec2_connections_allow_to_default_port(ccdk_ec2_connections *connections, ccdk_ec2_connections *other,
                                                const char *description);
void ccdk_ec2_connections_allow_default_port_internally(ccdk_ec2_connections *connections, const char *description);
void ccdk_ec2_connections_allow_default_port_from_any_ipv4(ccdk_ec2_connections *connections, const char *description);
/** connections.defaultPort: NULL when there is none; owned by the connections. */
const ccdk_ec2_port *ccdk_ec2_connections_default_port(ccdk_ec2_connections *connections);
/** allowToAnyIpv4(port) / allowFromAnyIpv4(port): allow_to_peer / allow_from_peer with Peer.anyIpv4(). */
void ccdk_ec2_connections_allow_to_any_ipv4(ccdk_ec2_connections *connections, ccdk_ec2_port port, const char *description);
void ccdk_ec2_connections_allow_from_any_ipv4(ccdk_ec2_connections *connections, ccdk_ec2_port port, const char *description);
/** connections.addSecurityGroup(...securityGroups). */
void ccdk_ec2_connections_add_security_group(ccdk_ec2_connections *connections, ccdk_ec2_security_group *security_group);
/** connections.securityGroups (owned by the App). */
ccdk_ec2_security_group_list ccdk_ec2_connections_security_groups(ccdk_ec2_connections *connections);

/* ================================================================== VPC endpoints */

/** GatewayVpcEndpointProps: the options and the VPC. */
typedef struct {
    ccdk_ec2_vpc *vpc;                             /* required */
    ccdk_ec2_gateway_vpc_endpoint_service service; /* required */
    ccdk_ec2_subnet_selection_list subnets;        /* as in ccdk_ec2_gateway_vpc_endpoint_options */
    ccdk_ec2_vpc_endpoint_ip_address_type ip_address_type;       /* ipAddressType; default none */
    ccdk_ec2_vpc_endpoint_dns_record_ip_type dns_record_ip_type; /* dnsRecordIpType; default none */
} ccdk_ec2_gateway_vpc_endpoint_props;
/** new GatewayVpcEndpoint(scope, id, props) / vpc.addGatewayEndpoint(id, options) (the endpoint
 *  under the VPC): an AWS::EC2::VPCEndpoint of type Gateway with the route tables of the selected
 *  subnets (each once, in the order met). Owned by the App; never NULL. aws-cdk-lib's errors with
 *  the endpoint's path: no route table among the subnets ("Can't add a gateway endpoint to VPC;
 *  route table IDs are not available"); a bad selection is the VPC's error. */
ccdk_ec2_gateway_vpc_endpoint *ccdk_ec2_gateway_vpc_endpoint_new(void *scope, const char *id,
                                                                 const ccdk_ec2_gateway_vpc_endpoint_props *props);
ccdk_ec2_gateway_vpc_endpoint *ccdk_ec2_vpc_add_gateway_endpoint(ccdk_ec2_vpc *vpc, const char *id,
                                                                 const ccdk_ec2_gateway_vpc_endpoint_options *options);
/** endpoint.vpcEndpointId (a Ref token), owned by the App; NULL for NULL. */
const char *ccdk_ec2_gateway_vpc_endpoint_id(ccdk_ec2_gateway_vpc_endpoint *endpoint);
/** endpoint.vpcEndpointCreationTimestamp (a GetAtt token), vpcEndpointDnsEntries and
 *  vpcEndpointNetworkInterfaceIds (list tokens, ccdk_token_as_list's: pass them whole, or take an
 *  item with ccdk_fn_select). Read from another stack, a list attribute is exported joined with "||"
 *  and split back ({"Fn::Split": ["||", {"Fn::ImportValue": ...}]}), as aws-cdk-lib's STRING_LIST
 *  attributes are. The same token at every call; owned by the App; NULL / an empty list for NULL.
 *  The interface endpoint has the same three. */
const char *ccdk_ec2_gateway_vpc_endpoint_creation_timestamp(ccdk_ec2_gateway_vpc_endpoint *endpoint);
ccdk_strs ccdk_ec2_gateway_vpc_endpoint_dns_entries(ccdk_ec2_gateway_vpc_endpoint *endpoint);
ccdk_strs ccdk_ec2_gateway_vpc_endpoint_network_interface_ids(ccdk_ec2_gateway_vpc_endpoint *endpoint);
/** endpoint.addToPolicy(statement): the statement joins the endpoint's PolicyDocument (none until
 *  the first). A statement without a principal is aws-cdk-lib's error ("Statement must have a
 *  `Principal`.", the endpoint's path). */
void ccdk_ec2_gateway_vpc_endpoint_add_to_policy(ccdk_ec2_gateway_vpc_endpoint *endpoint,
                                                 ccdk_iam_policy_statement *statement);

/** IInterfaceVpcEndpointService: a value. Build it with the macros below (the members are not for
 *  users): an InterfaceVpcEndpointAwsService member (CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_
 *  SECRETS_MANAGER, _SSM, _SQS, _SNS, _LAMBDA, _KMS, _STS, _CLOUDWATCH_LOGS, _ECR, _ECR_DOCKER, ...:
 *  ccdk/ec2_vpc_endpoint_services.h has them all), new InterfaceVpcEndpointAwsService(...), or
 *  new InterfaceVpcEndpointService(name, port) for a service of your own. */
typedef struct {
    const char *name_;        /* InterfaceVpcEndpointService: the full name */
    const char *short_name_;  /* InterfaceVpcEndpointAwsService: the short name ("secretsmanager") */
    const char *prefix_;      /* its prefix; NULL or "": the region's default (getDefaultEndpointPrefix) */
    double port_;             /* 0: 443 */
    int global_;              /* no region in the name */
    int private_dns_default_; /* privateDnsDefault: true for AWS services, false for your own */
} ccdk_ec2_interface_vpc_endpoint_service;
/** new InterfaceVpcEndpointAwsService(name, prefix, port, {global}): the name is
 *  "<prefix>.<region>.<name><suffix>" with the stack's region (the region token in a stack without
 *  one), prefix NULL: "com.amazonaws" or the region's default, suffix ".cn" for some services in
 *  China, as aws-cdk-lib computes them; port 0: 443. */
#define CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE(name, prefix, port, global) \
    ((ccdk_ec2_interface_vpc_endpoint_service){NULL, (name), (prefix), (port), (global), 1})
/** new InterfaceVpcEndpointService(name, port): port 0 is 443; private DNS off by default. */
#define CCDK_EC2_INTERFACE_VPC_ENDPOINT_SERVICE(name, port) \
    ((ccdk_ec2_interface_vpc_endpoint_service){(name), NULL, NULL, (port), 0, 0})

/** InterfaceVpcEndpointOptions (vpc.addInterfaceEndpoint). */
typedef struct {
    ccdk_ec2_interface_vpc_endpoint_service service; /* required */
    ccdk_tristate private_dns_enabled;  /* default: the service's privateDnsDefault */
    ccdk_ec2_subnet_selection subnets;  /* default: the VPC's default selection; always one per AZ */
    ccdk_ec2_security_group_list security_groups; /* default: a new SecurityGroup "SecurityGroup" */
    ccdk_tristate open;                 /* default true: the groups let the VPC's CIDR in on the port */
    const char *service_region;         /* serviceRegion: a cross-region endpoint */
    ccdk_ec2_vpc_endpoint_ip_address_type ip_address_type;       /* ipAddressType; default none */
    ccdk_ec2_vpc_endpoint_dns_record_ip_type dns_record_ip_type; /* dnsRecordIpType; default none */
} ccdk_ec2_interface_vpc_endpoint_options;
/** InterfaceVpcEndpointProps: the options and the VPC. */
typedef struct {
    ccdk_ec2_vpc *vpc; /* required */
    ccdk_ec2_interface_vpc_endpoint_service service;
    ccdk_tristate private_dns_enabled;
    ccdk_ec2_subnet_selection subnets;
    ccdk_ec2_security_group_list security_groups;
    ccdk_tristate open;
    const char *service_region;
    ccdk_ec2_vpc_endpoint_ip_address_type ip_address_type;       /* ipAddressType; default none */
    ccdk_ec2_vpc_endpoint_dns_record_ip_type dns_record_ip_type; /* dnsRecordIpType; default none */
} ccdk_ec2_interface_vpc_endpoint_props;
/** new InterfaceVpcEndpoint(scope, id, props) / vpc.addInterfaceEndpoint(id, options): an
 *  AWS::EC2::VPCEndpoint of type Interface in one selected subnet per AZ, with its security groups
 *  (a new one unless given) and Connections whose default port is the service's (with `open`, an
 *  ingress rule from the VPC's CIDR on it). lookupSupportedAzs is not in ccdk (aws-cdk-lib's
 *  default, false). Owned by the App; never NULL. aws-cdk-lib's errors with the endpoint's path:
 *  no subnet selected ("Cannot create a VPC Endpoint with no subnets"). */
ccdk_ec2_interface_vpc_endpoint *ccdk_ec2_interface_vpc_endpoint_new(void *scope, const char *id,
                                                                     const ccdk_ec2_interface_vpc_endpoint_props *props);
ccdk_ec2_interface_vpc_endpoint *ccdk_ec2_vpc_add_interface_endpoint(ccdk_ec2_vpc *vpc, const char *id,
                                                                     const ccdk_ec2_interface_vpc_endpoint_options *options);
/** endpoint.vpcEndpointId (a Ref token) and endpoint.securityGroupId (its first group's), owned by
 *  the App; NULL for NULL. */
const char *ccdk_ec2_interface_vpc_endpoint_id(ccdk_ec2_interface_vpc_endpoint *endpoint);
const char *ccdk_ec2_interface_vpc_endpoint_security_group_id(ccdk_ec2_interface_vpc_endpoint *endpoint);
/** endpoint.vpcEndpointCreationTimestamp, vpcEndpointDnsEntries, vpcEndpointNetworkInterfaceIds:
 *  as the gateway endpoint's (ccdk_ec2_gateway_vpc_endpoint_dns_entries ...). */
const char *ccdk_ec2_interface_vpc_endpoint_creation_timestamp(ccdk_ec2_interface_vpc_endpoint *endpoint);
ccdk_strs ccdk_ec2_interface_vpc_endpoint_dns_entries(ccdk_ec2_interface_vpc_endpoint *endpoint);
ccdk_strs ccdk_ec2_interface_vpc_endpoint_network_interface_ids(ccdk_ec2_interface_vpc_endpoint *endpoint);
/** endpoint.connections: its groups, the service's port as the default port (a function reaches it
 *  with ccdk_ec2_connections_allow_to_default_port(fn_connections, endpoint_connections, ...)).
 *  Owned by the endpoint; NULL for NULL. */
ccdk_ec2_connections *ccdk_ec2_interface_vpc_endpoint_connections(ccdk_ec2_interface_vpc_endpoint *endpoint);
/** endpoint.addToPolicy(statement): as ccdk_ec2_gateway_vpc_endpoint_add_to_policy. */
void ccdk_ec2_interface_vpc_endpoint_add_to_policy(ccdk_ec2_interface_vpc_endpoint *endpoint,
                                                   ccdk_iam_policy_statement *statement);

/* ================================================================== FlowLog */

/** FlowLogResourceType: what the flow log watches; a value. Build it with the functions below. */
typedef struct {
    const char *resource_type_; /* "VPC", "Subnet", "NetworkInterface", "TransitGateway", "TransitGatewayAttachment" */
    const char *resource_id_;
} ccdk_ec2_flow_log_resource_type;
/** FlowLogResourceType.fromVpc(vpc) / fromSubnet(subnet) / fromNetworkInterfaceId(id) /
 *  fromTransitGatewayId(id) / fromTransitGatewayAttachmentId(id). The ids are not copied until the
 *  flow log is made. */
ccdk_ec2_flow_log_resource_type ccdk_ec2_flow_log_resource_type_from_vpc(ccdk_ec2_vpc *vpc);
ccdk_ec2_flow_log_resource_type ccdk_ec2_flow_log_resource_type_from_subnet(ccdk_ec2_subnet *subnet);
ccdk_ec2_flow_log_resource_type ccdk_ec2_flow_log_resource_type_from_network_interface_id(const char *id);
ccdk_ec2_flow_log_resource_type ccdk_ec2_flow_log_resource_type_from_transit_gateway_id(const char *id);
ccdk_ec2_flow_log_resource_type ccdk_ec2_flow_log_resource_type_from_transit_gateway_attachment_id(const char *id);

/** FlowLogProps: the resource and the options. */
typedef struct {
    ccdk_ec2_flow_log_resource_type resource_type; /* required */
    ccdk_ec2_flow_log_destination destination;
    ccdk_ec2_flow_log_traffic_type traffic_type;
    ccdk_ec2_flow_log_max_aggregation_interval max_aggregation_interval;
    ccdk_strs log_format;
    const char *flow_log_name;
} ccdk_ec2_flow_log_props;
/** new ec2.FlowLog(scope, id, props) / vpc.addFlowLog(id, options) (the flow log under the VPC, for
 *  the VPC): an AWS::EC2::FlowLog ("FlowLog", tagged Name) and what its destination needs, as
 *  aws-cdk-lib makes them. Owned by the App; never NULL. aws-cdk-lib's errors with the flow log's
 *  path: a transit gateway (attachment) with a traffic type ("trafficType is not supported for
 *  Transit Gateway and Transit Gateway Attachment") or a max aggregation interval other than one
 *  minute ("maxAggregationInterval must be set to ONE_MINUTE for Transit Gateway and Transit
 *  Gateway Attachment"); no resource type: "resourceType is required" (TypeScript's type check).
 *  The flow log's own role's name is PhysicalName.GENERATE_IF_NEEDED, as aws-cdk-lib's: a
 *  RoleName is generated when a stack of another account or region reads the role (its ARN or
 *  name). Not in ccdk: Firehose destinations, FlowLog.fromFlowLogId. */
ccdk_ec2_flow_log *ccdk_ec2_flow_log_new(void *scope, const char *id, const ccdk_ec2_flow_log_props *props);
ccdk_ec2_flow_log *ccdk_ec2_vpc_add_flow_log(ccdk_ec2_vpc *vpc, const char *id, const ccdk_ec2_flow_log_options *options);
/** flowLog.flowLogId (a Ref token), flowLog.keyPrefix (as given), owned by the App; NULL for NULL. */
const char *ccdk_ec2_flow_log_id(ccdk_ec2_flow_log *flow_log);
const char *ccdk_ec2_flow_log_key_prefix(ccdk_ec2_flow_log *flow_log);
/** flowLog.logGroup, flowLog.iamRole (CloudWatch Logs destinations) and flowLog.bucket (S3): the
 *  given or the flow log's own; NULL when the destination has none, and for NULL. */
ccdk_logs_log_group *ccdk_ec2_flow_log_log_group(ccdk_ec2_flow_log *flow_log);
ccdk_iam_role *ccdk_ec2_flow_log_iam_role(ccdk_ec2_flow_log *flow_log);
ccdk_s3_bucket *ccdk_ec2_flow_log_bucket(ccdk_ec2_flow_log *flow_log);

/* ================================================================== Network ACLs */

/** AclCidr: the range of a network ACL entry (CidrBlock or Ipv6CidrBlock). A value; its members are
 *  not for users. */
typedef struct {
    int kind_;         /* 1 IPv4, 2 IPv6 */
    const char *cidr_; /* not copied: keep it alive until the entry is made */
} ccdk_ec2_acl_cidr;
ccdk_ec2_acl_cidr ccdk_ec2_acl_cidr_ipv4(const char *ipv4_cidr); /* AclCidr.ipv4("10.0.0.0/16") */
ccdk_ec2_acl_cidr ccdk_ec2_acl_cidr_any_ipv4(void);              /* AclCidr.anyIpv4(): 0.0.0.0/0 */
ccdk_ec2_acl_cidr ccdk_ec2_acl_cidr_ipv6(const char *ipv6_cidr); /* AclCidr.ipv6("2600:1f18::/64") */
ccdk_ec2_acl_cidr ccdk_ec2_acl_cidr_any_ipv6(void);              /* AclCidr.anyIpv6(): ::/0 */

/** AclIcmp: the ICMP type and code an entry matches; either may be left out (-1: all). */
typedef struct {
    ccdk_opt_num code;
    ccdk_opt_num type;
} ccdk_ec2_acl_icmp;
/** AclTraffic: what an entry matches (Protocol, PortRange, Icmp). A value; its members are not for
 *  users. */
typedef struct {
    int set_;       /* 1 when made by one of the functions below */
    double protocol_; /* -1 all, 1 ICMP, 58 ICMPv6, 6 TCP, 17 UDP */
    int has_range_;
    double from_, to_;
    int has_icmp_;
    ccdk_ec2_acl_icmp icmp_;
} ccdk_ec2_acl_traffic;
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_all_traffic(void);                     /* AclTraffic.allTraffic() */
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_icmp(ccdk_ec2_acl_icmp icmp);          /* AclTraffic.icmp(props) */
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_icmpv6(ccdk_ec2_acl_icmp icmp);        /* AclTraffic.icmpv6(props) */
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_tcp_port(double port);                 /* AclTraffic.tcpPort(port) */
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_tcp_port_range(double start_port, double end_port);
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_udp_port(double port);                 /* AclTraffic.udpPort(port) */
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_udp_port_range(double start_port, double end_port);

/** TrafficDirection of an entry; UNSET leaves Egress out of the template (AWS's default: ingress). */
typedef enum {
    CCDK_EC2_TRAFFIC_DIRECTION_UNSET = 0,
    CCDK_EC2_TRAFFIC_DIRECTION_EGRESS,
    CCDK_EC2_TRAFFIC_DIRECTION_INGRESS,
} ccdk_ec2_traffic_direction;
/** Action of an entry: ALLOW (the default) or DENY. */
typedef enum {
    CCDK_EC2_ACL_ACTION_UNSET = 0,
    CCDK_EC2_ACL_ACTION_ALLOW, /* "allow" */
    CCDK_EC2_ACL_ACTION_DENY,  /* "deny" */
} ccdk_ec2_acl_action;

/** NetworkAclProps. */
typedef struct {
    ccdk_ec2_vpc *vpc;            /* required */
    const char *network_acl_name; /* the Name tag; default the construct path */
    /* subnetSelection: associate the ACL with these subnets of the VPC at once (the associations'
     * id "DefaultAssociation"); NULL: none */
    const ccdk_ec2_subnet_selection *subnet_selection;
} ccdk_ec2_network_acl_props;
/** new NetworkAcl(scope, id, props): an AWS::EC2::NetworkAcl in the VPC (no entries: it denies
 *  everything until entries are added). No props or vpc: "vpc is required" (TypeScript's type check). */
ccdk_ec2_network_acl *ccdk_ec2_network_acl_new(void *scope, const char *id, const ccdk_ec2_network_acl_props *props);
/** NetworkAcl.fromNetworkAclId(scope, id, networkAclId): an existing ACL, to add entries to or to
 *  associate with subnets. */
ccdk_ec2_network_acl *ccdk_ec2_network_acl_from_network_acl_id(void *scope, const char *id, const char *network_acl_id);
/** networkAcl.networkAclId (the Ref, or the id given to an import) and, of a new one,
 *  networkAclVpcId (the CfnNetworkAcl's VpcId; NULL for an import); owned by the App; NULL for NULL. */
const char *ccdk_ec2_network_acl_id(ccdk_ec2_network_acl *network_acl);
const char *ccdk_ec2_network_acl_vpc_id(ccdk_ec2_network_acl *network_acl);
/** networkAcl.associateWithSubnet(id, selection) of a new NetworkAcl: every subnet the VPC's
 *  selection picks gets a SubnetNetworkAclAssociation below the ACL, named id followed by the
 *  subnet's unique id (subnet.associateNetworkAcl). An imported ACL has no VPC to select in: give it
 *  subnets with ccdk_ec2_subnet_associate_network_acl. */
void ccdk_ec2_network_acl_associate_with_subnet(ccdk_ec2_network_acl *network_acl, const char *id,
                                                const ccdk_ec2_subnet_selection *selection);
/** subnet.associateNetworkAcl(id, networkAcl): the association (below the ACL, named id followed by
 *  the subnet's unique id); a Vpc's subnet or a new Subnet then has the ACL as its
 *  subnetNetworkAclAssociationId. */
void ccdk_ec2_subnet_associate_network_acl(ccdk_ec2_subnet *subnet, const char *id, ccdk_ec2_network_acl *network_acl);

/** CommonNetworkAclEntryOptions (networkAcl.addEntry) and NetworkAclEntryProps (with network_acl). */
typedef struct {
    ccdk_opt_num rule_number;               /* required: entries are evaluated by it, lowest first */
    ccdk_ec2_acl_traffic traffic;           /* required */
    ccdk_ec2_acl_cidr cidr;                 /* required */
    ccdk_ec2_traffic_direction direction;   /* default: not written (ingress) */
    ccdk_ec2_acl_action rule_action;        /* default ALLOW */
    const char *network_acl_entry_name;     /* the physical name (not in the template) */
} ccdk_ec2_network_acl_entry_options;
typedef struct {
    ccdk_ec2_network_acl *network_acl; /* required */
    ccdk_opt_num rule_number;
    ccdk_ec2_acl_traffic traffic;
    ccdk_ec2_acl_cidr cidr;
    ccdk_ec2_traffic_direction direction;
    ccdk_ec2_acl_action rule_action;
    const char *network_acl_entry_name;
} ccdk_ec2_network_acl_entry_props;
/** new NetworkAclEntry(scope, id, props): an AWS::EC2::NetworkAclEntry of the ACL. A missing
 *  network_acl, rule_number, traffic or cidr (TypeScript's type checks) is an error on the entry
 *  ("networkAcl, ruleNumber, traffic and cidr are required"). */
ccdk_ec2_network_acl_entry *ccdk_ec2_network_acl_entry_new(void *scope, const char *id,
                                                           const ccdk_ec2_network_acl_entry_props *props);
/** networkAcl.addEntry(id, options): the entry, below the ACL. */
ccdk_ec2_network_acl_entry *ccdk_ec2_network_acl_add_entry(ccdk_ec2_network_acl *network_acl, const char *id,
                                                           const ccdk_ec2_network_acl_entry_options *options);

/* ================================================================== Validations
 * aws-cdk-lib 2.276.0's messages, each with the construct path when aws-cdk-lib gives one
 * (tests/unit/test_ec2.c checks them against aws-cdk-lib itself):
 *   Vpc:
 *     "To use DNS Hostnames, DNS Support must be enabled, however, it was explicitly disabled."
 *     "Vpc supports 'availabilityZones' or 'maxAzs', but not both."
 *     "'cidr' property must be a concrete CIDR string, got a Token (we need to parse it for automatic subdivision)"
 *     "<ip> is not valid" (the block's address)
 *     IpAddresses.awsIpamAllocation: "If you have not set a cidr for all subnets in this case you must
 *       set a defaultCidrMask in AwsIpam Options", "IP space of size /<n> not big enough to allocate
 *       subnets of sizes /<m>,/<m>,..."
 *     "x.x.x.x/<mask> is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum
 *       subnet size is /28." (a cidr_mask outside 16..28, or a block too small for the subnets
 *       without a mask)
 *     "1 of /<mask> exceeds remaining space of <cidr>" (the subnets do not fit: they would overlap)
 *     "<a.b.c.d> is not a valid IP Address" (numToIp: "NaN.NaN.NaN.NaN" for a block without a mask,
 *       "256.0.0.0" when the last subnet ends the address space)
 *     "If you configure PRIVATE subnets in 'subnetConfiguration', you must also configure PUBLIC
 *       subnets to put the NAT gateways into (got <JSON>." (NAT gateways but no public subnet,
 *       e.g. the public group reserved; ccdk writes each configuration's given keys in
 *       SubnetConfiguration's declaration order: cidrMask, subnetType, name, reserved,
 *       mapPublicIpOnLaunch, ipv6AssignAddressOnCreation). More NAT gateways than AZs is no error: aws-cdk-lib
 *       makes min(nat_gateways, AZs) of them.
 *     "<type> subnet cannot include mapPublicIpOnLaunch parameter"
 *     "natGatewayPlacement [object Object] contains non public subnet <path>" (nat_gateway_subnets)
 *     "Not enough NAT gateway EIP allocation IDs (<n> provided) for the requested subnet count (<m>
 *       needed)." (nat_gateway_provider's eip_allocation_ids)
 *     "Given VPC 'availabilityZones' <azs> must be a subset of the stack's availability zones <azs>"
 *     "ipv6Addresses can only be set if IPv6 is enabled. Set ipProtocol to DUAL_STACK"
 *     "ipv6AssignAddressOnCreation can only be set if IPv6 is enabled. Set ipProtocol to DUAL_STACK"
 *   Vpc.fromVpcAttributes:
 *     "Number of <group>SubnetIds (<n>) must be a multiple of availability zones (<n>)."
 *     "Number of <group>SubnetRouteTableIds (<n>) must be equal to the amount of <group>SubnetIds (<n>)."
 *     "<group>SubnetNames must have an entry for every corresponding subnet group, got: <JSON>"
 *     "Cannot perform this operation: 'vpcCidrBlock' was not supplied when creating this VPC"
 *   Vpc.fromLookup, SecurityGroup.fromLookupById/ByName (and every lookup, core's ContextProvider):
 *     "Cannot retrieve value from context provider <provider> since account/region are not specified
 *       at the stack level. Configure \"env\" ..." (a stack without account/region)
 *     "All arguments to Vpc.fromLookup() must be concrete (no Tokens)"
 *     "All arguments to look up a security group must be concrete (no Tokens)"
 *     "Cannot perform this operation: 'vpcCidrBlock' was not found when looking up this VPC. Use a
 *       newer version of the CDK CLI and clear the old context value."
 *   selectSubnets:
 *     "Only one of 'subnetType,subnetGroupName' can be supplied to subnet selection."
 *     "There are no '<type>' subnet groups in this VPC. Available types: <types>"
 *     "There are no subnet groups with name '<name>' in this VPC. Available names: <names>"
 *     subnet filters: "<ip> is not valid", "You cannot reference an imported Subnet's IPv4 CIDR if it
 *       was not supplied. Add the ipv4CidrBlock when importing using Subnet.fromSubnetAttributes()"
 *   SecurityGroup and Peer:
 *     "Invalid IPv4 CIDR: \"<cidr>\"", "CIDR mask is missing in IPv4: \"<cidr>\". Did you mean \"<cidr>/32\"?"
 *     (and the same for IPv6, /128), when the peer is used
 *     "Invalid security group ID: \"<id>\"", "Invalid security group owner ID: \"<owner>\"" (Peer.securityGroupId),
 *     when the peer is used
 *     "Cannot add an \"all traffic\" egress rule in this way; set allowAllOutbound=true (for ipv4) or
 *       allowAllIpv6Outbound=true (for ipv6) on the SecurityGroup instead."
 *     no vpc: "vpc is required" (TypeScript's type check, in ccdk a run-time error)
 *   Port (ccdk_ec2_port_new), when the port is used: "protocol is required", "stringRepresentation is
 *     required" (TypeScript's type checks)
 *   Connections:
 *     "Cannot call allowDefaultPortFrom(): this resource has no default port"
 *   VPC endpoints (each with the endpoint's path):
 *     "Can't add a gateway endpoint to VPC; route table IDs are not available"
 *     "Cannot create a VPC Endpoint with no subnets"
 *     "Statement must have a `Principal`." (addToPolicy)
 *     no vpc or service: "vpc is required", "service is required" (TypeScript's type checks)
 *   FlowLog (with the flow log's path):
 *     "trafficType is not supported for Transit Gateway and Transit Gateway Attachment"
 *     "maxAggregationInterval must be set to ONE_MINUTE for Transit Gateway and Transit Gateway Attachment"
 *   NetworkAcl / NetworkAclEntry (each with its path), TypeScript's type checks in ccdk run-time
 *   errors: "vpc is required", "networkAcl, ruleNumber, traffic and cidr are required",
 *   "associateWithSubnet is only available on a new NetworkAcl"
 * The Function's VPC props have theirs in ccdk/lambda.h (src/lambda/vpc.c).
 */

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_ec2_subnet_from_subnet_attributes(scope, ...) ccdk_ec2_subnet_from_subnet_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_subnet_from_subnet_id(scope, ...) ccdk_ec2_subnet_from_subnet_id(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_subnet_new(scope, ...) ccdk_ec2_subnet_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_public_subnet_new(scope, ...) ccdk_ec2_public_subnet_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_private_subnet_new(scope, ...) ccdk_ec2_private_subnet_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_vpc_new(scope, ...) ccdk_ec2_vpc_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_vpc_from_vpc_attributes(scope, ...) ccdk_ec2_vpc_from_vpc_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_vpc_from_lookup(scope, ...) ccdk_ec2_vpc_from_lookup(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_security_group_new(scope, ...) ccdk_ec2_security_group_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_security_group_from_security_group_id(scope, ...) ccdk_ec2_security_group_from_security_group_id(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_security_group_from_lookup_by_id(scope, ...) ccdk_ec2_security_group_from_lookup_by_id(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_security_group_from_lookup_by_name(scope, ...) ccdk_ec2_security_group_from_lookup_by_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_security_group_from_lookup(scope, ...) ccdk_ec2_security_group_from_lookup(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_connections_new(owner, ...) ccdk_ec2_connections_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_ec2_gateway_vpc_endpoint_new(scope, ...) ccdk_ec2_gateway_vpc_endpoint_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_interface_vpc_endpoint_new(scope, ...) ccdk_ec2_interface_vpc_endpoint_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_flow_log_new(scope, ...) ccdk_ec2_flow_log_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_network_acl_new(scope, ...) ccdk_ec2_network_acl_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_network_acl_from_network_acl_id(scope, ...) ccdk_ec2_network_acl_from_network_acl_id(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_ec2_network_acl_entry_new(scope, ...) ccdk_ec2_network_acl_entry_new(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
